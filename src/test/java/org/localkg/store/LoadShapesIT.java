package org.localkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.cli.Main;

/** kg load treats an article that violates the shapes as kg ingest does: reported, and not kept (issue 21). */
class LoadShapesIT {
    private static final Pattern INVESTMENT = Pattern.compile(
            "^(<[^>]+>) <https://w3id.org/localkg/ontology#investment> \"[^\"]+\"\\^\\^<[^>]+> (<[^>]+>) \\.$");

    @Test
    void anArticleThatViolatesTheShapesIsReportedAndNotKeptByALoad(@TempDir Path dir) throws Exception {
        Path nq = dir.resolve("pages.nq");
        assertEquals(0, Main.run("extract", "src/main/resources/org/localkg/corpus/002_d98004dcb15fdeca.txt", "-o", nq.toString()));
        List<String> lines = new ArrayList<>(Files.readAllLines(nq, StandardCharsets.UTF_8));
        String broken = null;
        for (String line : List.copyOf(lines)) {
            Matcher m = INVESTMENT.matcher(line);
            if (m.matches()) {
                // a negative investment: what a faulty extractor could write, and the shapes refuse
                lines.add(m.group(1) + " <https://w3id.org/localkg/ontology#investment> \"-5\"^^<http://www.w3.org/2001/XMLSchema#decimal> "
                        + m.group(2) + " .");
                broken = m.group(2).substring(1, m.group(2).length() - 1);
                break;
            }
        }
        assertTrue(broken != null, "the sample page states an investment");
        Files.write(nq, lines, StandardCharsets.UTF_8);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int status;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            status = Main.run("load", "--store", dir.resolve("store").toString(), nq.toString());
        } finally {
            System.setErr(saved);
        }
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, said);
        assertTrue(said.contains("kg load: ") && said.contains("article " + broken + " violates the shapes and was not stored"), said);
        assertTrue(said.contains("an investment is a positive decimal number of yuan"), said);
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            var dsg = kg.dataset().asDatasetGraph();
            String article = broken;
            Txn.executeRead(dsg, () -> {
                assertFalse(dsg.containsGraph(NodeFactory.createURI(article)), "the violating article is not kept");
                long articles = 0;
                for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                    articles += it.next().getURI().contains("/id/article/") ? 1 : 0;
                }
                assertTrue(articles > 0, "the page's other articles are kept");
            });
        }
    }
}
