package org.localkg.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** The whole store as gzipped N-Quads, streamed in one read transaction (a consistent snapshot). */
final class DumpServlet extends HttpServlet {
    private final DatasetGraph dsg;

    DumpServlet(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"localkg.nq.gz\"");
        try (OutputStream out = new GZIPOutputStream(resp.getOutputStream())) {
            Txn.executeRead(dsg, () -> {
                StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                w.start();
                dsg.find().forEachRemaining(w::quad);
                w.finish();
            });
        }
    }
}
