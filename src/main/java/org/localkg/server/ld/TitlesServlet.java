package org.localkg.server.ld;

import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The titles pages show, for the query page's views: {@code iri=…} repeated (GET or a form POST),
 * at most {@value #MAX} a request, answered as one JSON object from each IRI to its title. An
 * inspection, a membership or an untitled article has no name in the data (a SPARQL label query
 * finds none and a view would show its hash); its page's title says who, what and when. Terms the
 * ontology labels get their Chinese and English names; IRIs the store does not hold are left out.
 */
final class TitlesServlet extends HttpServlet {
    static final int MAX = 100;
    private static final int MAX_IRI_CHARS = 2000;
    private final transient DatasetGraph dsg;

    TitlesServlet(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp);
    }

    private void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String[] asked = req.getParameterValues("iri");
        Set<String> iris = new LinkedHashSet<>();
        for (String iri : asked == null ? new String[0] : asked) {
            if (iri.length() <= MAX_IRI_CHARS && iri.matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
                iris.add(iri);
            }
        }
        if (iris.size() > MAX) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "at most " + MAX + " IRIs a request");
            return;
        }
        JsonObject out = Txn.calculateRead(dsg, () -> {
            Describer d = new Describer(dsg);
            Titles titles = new Titles(d);
            JsonObject o = new JsonObject();
            for (String iri : iris) {
                Node n = NodeFactory.createURI(iri);
                String title = TermLabels.labelled(n) ? TermLabels.of(n) : d.exists(n) ? titles.of(n) : null;
                if (title != null) {
                    o.addProperty(iri, title);
                }
            }
            return o;
        });
        resp.setContentType("application/json; charset=utf-8");
        resp.getWriter().write(out.toString());
    }
}
