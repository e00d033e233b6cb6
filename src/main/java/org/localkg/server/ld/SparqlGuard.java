package org.localkg.server.ld;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Stands before the SPARQL endpoint: a GET without a query, at any of the endpoint's paths,
 * answers the SPARQL 1.1 Service Description; one with {@code graph=} or {@code default} reads a
 * graph ({@link GraphStoreRead}); the output-format parameters clients send are made ones Fuseki
 * understands ({@link ClientParameters}). Everything else goes on to Fuseki, whose query
 * operation ({@link org.localkg.server.guard.PublicQueryService}) applies the limits.
 */
final class SparqlGuard implements Filter {
    private final String base;
    private final long timeoutMillis;
    private final long maxRows;
    private final GraphStoreRead graphs;

    SparqlGuard(org.apache.jena.sparql.core.DatasetGraph dsg, String base, long timeoutMillis, long maxRows) {
        this.base = base;
        this.timeoutMillis = timeoutMillis;
        this.maxRows = maxRows;
        this.graphs = new GraphStoreRead(dsg, maxRows);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String path = req.getRequestURI().replaceAll("/+$", "");
        boolean endpoint = path.equals("/kg/sparql") || path.equals("/kg/query") || path.equals("/kg");
        if ((path.equals("/kg") || path.equals("/kg/data") || path.equals("/kg/get")) && GraphStoreRead.asks(req)) {
            graphs.send(req, (HttpServletResponse) response);
            return;
        }
        if (endpoint && ClientParameters.present(req)) {
            request = ClientParameters.normalised(req); // SPARQLWrapper's format=rdf+xml and kin
        }
        if (endpoint && "GET".equals(req.getMethod()) && req.getParameter("query") == null && req.getParameter("update") == null) {
            RdfResponse.send(req, (HttpServletResponse) response, Descriptions.serviceDescription(base, timeoutMillis, maxRows),
                    "SPARQL Service Description");
            return;
        }
        chain.doFilter(request, response);
    }
}
