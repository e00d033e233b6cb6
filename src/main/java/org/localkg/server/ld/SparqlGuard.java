package org.localkg.server.ld;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * Stands before the SPARQL endpoint. A GET without a query answers the SPARQL 1.1 Service
 * Description. A query that asks for more rows than the limit, or gives no LIMIT, has its
 * LIMIT set to the limit before Fuseki runs it (a SELECT, CONSTRUCT or DESCRIBE; an ASK returns
 * one answer anyway). Queries that do not parse go on to Fuseki, which answers 400.
 */
final class SparqlGuard implements Filter {
    private final String base;
    private final long timeoutMillis;
    private final long maxRows;

    SparqlGuard(String base, long timeoutMillis, long maxRows) {
        this.base = base;
        this.timeoutMillis = timeoutMillis;
        this.maxRows = maxRows;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI();
        boolean endpoint = path.equals("/kg/sparql") || path.equals("/kg/query") || path.equals("/kg");
        if (!endpoint) {
            chain.doFilter(request, response);
            return;
        }
        String contentType = req.getContentType() == null ? "" : req.getContentType();
        if ("POST".equals(req.getMethod()) && contentType.startsWith("application/sparql-query")) {
            String body = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            chain.doFilter(new Body(req, limited(body)), response);
            return;
        }
        String query = req.getParameter("query");
        if (query == null) {
            if ("GET".equals(req.getMethod()) && req.getParameter("update") == null) {
                RdfResponse.send(req, resp, Descriptions.serviceDescription(base, timeoutMillis, maxRows), "SPARQL Service Description");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new Params(req, limited(query)), response);
    }

    /** The query with its LIMIT at most the limit; the text as it was when it does not parse. */
    String limited(String text) {
        try {
            Query q = QueryFactory.create(text);
            if (q.isAskType() || q.hasLimit() && q.getLimit() <= maxRows) {
                return text;
            }
            q.setLimit(maxRows);
            return q.serialize();
        } catch (QueryParseException e) {
            return text;
        }
    }

    /** A request whose query parameter is replaced. */
    private static final class Params extends HttpServletRequestWrapper {
        private final Map<String, String[]> params;

        Params(HttpServletRequest req, String query) {
            super(req);
            params = new HashMap<>(req.getParameterMap());
            params.put("query", new String[] {query});
        }

        @Override
        public String getParameter(String name) {
            String[] v = params.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(params);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(params.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return params.get(name);
        }
    }

    /** A request whose body is replaced. */
    private static final class Body extends HttpServletRequestWrapper {
        private final byte[] body;

        Body(HttpServletRequest req, String text) {
            super(req);
            body = text.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener l) {
                    throw new UnsupportedOperationException("blocking reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
