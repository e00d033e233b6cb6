package org.localkg.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.model.perceptron.tagset.NERTagSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.nlp.hanlp.HanlpSegmenter;

class NerModelTest {
    @Test
    void tagsReadBackAsSpansAndBrokenSpansAreDropped() {
        NERTagSet tags = new NERTagSet();
        for (String t : List.of("B-name", "M-name", "E-name", "S-name", "B-company", "E-company")) {
            tags.add(t);
        }
        int[] seq = {tags.idOf("B-name"), tags.idOf("M-name"), tags.idOf("E-name"), tags.idOf("O"),
            tags.idOf("S-name"), tags.idOf("B-company"), tags.idOf("E-name"), tags.idOf("B-company"), tags.idOf("E-company")};
        assertEquals(List.of(new NerSpan(10, 13, "name"), new NerSpan(14, 15, "name"), new NerSpan(17, 19, "company")),
                NerModel.spans(seq, tags, 10));
    }

    /** Sentences written for this test, in the benchmark's style. */
    private static List<NerSentence> made() {
        List<NerSentence> out = new ArrayList<>();
        String[][] people = {{"周明远", "表示"}, {"林晓雯", "认为"}, {"郑国华", "介绍"}, {"韩立新", "指出"}, {"高云峰", "说"}};
        String[] companies = {"青禾科技", "远帆物流", "瑞丰电气", "晨光材料", "海川能源"};
        for (int i = 0; i < people.length; i++) {
            String p = people[i][0];
            String c = companies[i];
            String text = c + "负责人" + p + people[i][1] + "，项目进展顺利。";
            out.add(new NerSentence(text, List.of(new NerSpan(0, c.length(), "company"),
                    new NerSpan(c.length() + 3, c.length() + 3 + p.length(), "name"))));
        }
        return out;
    }

    @Test
    void trainingIsDeterministicAndTheSavedModelTagsWhatItLearned(@TempDir Path dir) throws Exception {
        List<NerSentence> data = made();
        NerModel a = new NerTrainer(HanlpSegmenter.get(), 5, 0).train(data, i -> { });
        NerModel b = new NerTrainer(HanlpSegmenter.get(), 5, 0).train(data, i -> { });
        NerTrainer.save(a, dir.resolve("a.model"));
        NerTrainer.save(b, dir.resolve("b.model"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.model")), Files.readAllBytes(dir.resolve("b.model")));

        NerModel loaded = NerModel.load(dir.resolve("a.model"));
        NerScore score = new NerScore();
        for (NerSentence s : data) {
            score.add(s.spans(), loaded.tag(s.text(), HanlpSegmenter.get()));
        }
        assertEquals(1.0, score.microF1(), 1e-9, score.table());
    }

    @Test
    void theShippedModelFindsPeopleAndBodiesInSentencesItHasNotSeen() {
        String s = "昨天，南湖区市场监督管理局副局长秦立伟表示，将加强对辖区企业的服务。";
        List<NerSpan> found = NerModel.shipped().tag(s, HanlpSegmenter.get());
        List<String> texts = found.stream().map(n -> n.kind() + ":" + n.in(s)).toList();
        assertTrue(texts.contains("name:秦立伟"), texts.toString());
        // the body's end is what the extractor takes from the model (LearnedBoundaries); its start may differ
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("government:") && t.endsWith("管理局")), texts.toString());
    }
}
