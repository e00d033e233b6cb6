package org.localkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A researcher's target file with one absurd label (issue 20): that record is left out, the others are read. */
class TargetRecordsTest {
    @Test
    void aLabelLongerThanAnyNameIsLeftOut(@TempDir Path dir) throws Exception {
        String huge = "甲".repeat(2_000_000);
        Path csv = Files.writeString(dir.resolve("t.csv"), "id,label\nhttp://ex.org/1,青禾科技有限公司\nhttp://ex.org/2," + huge + "\n");
        assertEquals(List.of("http://ex.org/1"), TargetRecords.read(csv).stream().map(TargetRecords.Record::id).toList());
        Path nt = Files.writeString(dir.resolve("t.nt"), "<http://ex.org/1> <http://www.w3.org/2000/01/rdf-schema#label> \"青禾科技有限公司\" .\n"
                + "<http://ex.org/2> <http://www.w3.org/2000/01/rdf-schema#label> \"" + huge + "\" .\n");
        assertEquals(List.of("http://ex.org/1"), TargetRecords.read(nt).stream().map(TargetRecords.Record::id).toList());
    }
}
