package org.localkg.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** {@code /.well-known/void}: the dataset's VoID description. */
final class VoidServlet extends HttpServlet {
    private final DatasetGraph dsg;
    private final Paths paths;

    VoidServlet(DatasetGraph dsg, Paths paths) {
        this.dsg = dsg;
        this.paths = paths;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Stats s = Txn.calculateRead(dsg, () -> Stats.of(dsg));
        RdfResponse.send(req, resp, Descriptions.voidDescription(paths.base(), s), "VoID");
    }
}
