package org.localkg.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.nlp.hanlp.HanlpSegmenter;

class NameGazetteerTest {
    private static NerSentence sentence(String text, String name, String kind) {
        int at = text.indexOf(name);
        return new NerSentence(text, List.of(new NerSpan(at, at + name.length(), kind)));
    }

    @Test
    void theLongestKnownNameMarksItsCharactersWithPlaceAndClass() {
        NameGazetteer names = NameGazetteer.of(List.of(
                sentence("青禾科技发布新品。", "青禾科技", "company"),
                sentence("青禾科技集团成立。", "青禾科技集团", "company"),
                sentence("市环保局检查。", "市环保局", "government"),
                sentence("金山表示。", "金山", "company")));
        String text = "记者从青禾科技集团和市环保局获悉，金山";
        String[] f = names.features(text, 0, text.length());
        assertNull(f[2]);
        assertEquals("yBcompany", f[3]);
        assertEquals("yMcompany", f[4]);
        assertEquals("yEcompany", f[8]); // 青禾科技集团, not the shorter 青禾科技
        assertNull(f[9]);
        assertEquals("yBgovernment", f[10]);
        assertEquals("yEgovernment", f[13]);
        assertNull(f[17]); // two characters name too many things to remember
    }

    @Test
    void aNameTakesTheClassItWasGivenMostOften() {
        NameGazetteer names = NameGazetteer.of(List.of(
                sentence("远帆物流说。", "远帆物流", "company"),
                sentence("远帆物流称。", "远帆物流", "company"),
                sentence("远帆物流讲。", "远帆物流", "organization")));
        assertEquals("yBcompany", names.features("远帆物流", 0, 4)[0]);
    }

    @Test
    void writtenNamesReadBackAndABrokenLineIsNamed() throws IOException {
        NameGazetteer names = NameGazetteer.of(List.of(sentence("瑞丰电气发布。", "瑞丰电气", "company")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        names.write(out);
        NameGazetteer back = NameGazetteer.read(new ByteArrayInputStream(out.toByteArray()), "x");
        assertArrayEquals(names.features("在瑞丰电气", 0, 5), back.features("在瑞丰电气", 0, 5));
        IOException e = assertThrows(IOException.class, () -> NameGazetteer.read(
                new ByteArrayInputStream("company\t瑞丰电气\n瑞丰电气\n".getBytes(StandardCharsets.UTF_8)), "names.txt"));
        assertEquals("names.txt:2: expected CLASS<TAB>NAME", e.getMessage());
    }

    @Test
    void aSavedModelKeepsItsNamesBesideIt(@TempDir Path dir) throws IOException {
        List<NerSentence> data = List.of(sentence("晨光材料负责人表示。", "晨光材料", "company"),
                sentence("海川能源负责人认为。", "海川能源", "company"));
        NerModel model = new NerTrainer(HanlpSegmenter.get(), 3, 0).train(data, i -> { });
        NerTrainer.save(model, dir.resolve("m.model"));
        NerModel loaded = NerModel.load(dir.resolve("m.model"));
        assertEquals("yEcompany", loaded.names().features("海川能源", 0, 4)[3]);
        assertEquals(model.tag("晨光材料负责人表示。", HanlpSegmenter.get()), loaded.tag("晨光材料负责人表示。", HanlpSegmenter.get()));
    }
}
