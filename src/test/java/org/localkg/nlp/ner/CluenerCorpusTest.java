package org.localkg.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CluenerCorpusTest {
    @Test
    void readsRecordsOneAfterAnotherWithInclusiveEnds() throws IOException {
        String json = "{\"text\": \"周明远在南湖区调研\", \"label\": {\"name\": {\"周明远\": [[0, 2]]}, \"address\": {\"南湖区\": [[4, 6]]}}}"
                + "{\"text\": \"无标注的句子\"}\n"
                + "{\"text\": \"青禾科技与市交通局签约\", \"label\": {\"company\": {\"青禾科技\": [[0, 3]]}, \"government\": {\"市交通局\": [[5, 8]]}}}";
        List<NerSentence> s = CluenerCorpus.read(new StringReader(json), "t.json");
        assertEquals(3, s.size());
        assertEquals(List.of(new NerSpan(0, 3, "name")), s.get(0).spans(), "address is not a class we learn");
        assertTrue(s.get(1).spans().isEmpty());
        assertEquals(List.of(new NerSpan(0, 4, "company"), new NerSpan(5, 9, "government")), s.get(2).spans());
        assertEquals("市交通局", s.get(2).spans().get(1).in(s.get(2).text()));
    }

    @Test
    void aSpanThatDoesNotMatchItsTextIsAnErrorNamingTheFileAndRecord() {
        String json = "{\"text\": \"周明远在南湖区调研\", \"label\": {\"name\": {\"周明远\": [[1, 3]]}}}";
        IOException e = assertThrows(IOException.class, () -> CluenerCorpus.read(new StringReader(json), "bad.json"));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("record 1"), e.getMessage());
    }

    @Test
    void notJsonIsAnError() {
        IOException e = assertThrows(IOException.class, () -> CluenerCorpus.read(new StringReader("{\"text\": "), "cut.json"));
        assertTrue(e.getMessage().contains("cut.json"), e.getMessage());
    }

    @Test
    void everyTenthSentenceIsHeldOut() {
        assertFalse(CluenerCorpus.heldOut(0));
        assertFalse(CluenerCorpus.heldOut(8));
        assertTrue(CluenerCorpus.heldOut(9));
        assertTrue(CluenerCorpus.heldOut(19));
    }
}
