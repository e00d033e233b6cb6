package org.localkg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.localkg.rdf.LKG;

/**
 * Renders the ontology as one HTML page: its metadata and change notes, a diagram of the
 * classes and the object properties between them, then every class and property with its
 * labels and definitions in Chinese and English, its domain, range and mappings. The build
 * runs {@link #main} to write the page into the jar; the server serves it at the ontology's
 * path for browsers.
 */
public final class OntologyDocs {
    public static final String RESOURCE = "org/localkg/ontology/localkg.ttl";
    private static final String SKOS = LKG.SKOS;

    private final Model m;
    private final Property definition;
    private final Property closeMatch;

    public OntologyDocs(Model ontology) {
        this.m = ontology;
        this.definition = m.createProperty(SKOS + "definition");
        this.closeMatch = m.createProperty(SKOS + "closeMatch");
    }

    /** Writes the documentation page: {@code OntologyDocs ONTOLOGY.ttl OUT.html}. */
    public static void main(String[] args) throws IOException {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            model.read(in, null, "TURTLE");
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        Files.writeString(out, new OntologyDocs(model).html(), StandardCharsets.UTF_8);
    }

    /** The ontology bundled in the jar. */
    public static Model bundled() {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = OntologyDocs.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the ontology is missing from the classpath: " + RESOURCE);
            }
            model.read(in, null, "TURTLE");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return model;
    }

    public List<Resource> classes() {
        return sorted(m.listSubjectsWithProperty(RDF.type, OWL.Class).toList());
    }

    public List<Resource> properties() {
        List<Resource> ps = new ArrayList<>(m.listSubjectsWithProperty(RDF.type, OWL.ObjectProperty).toList());
        ps.addAll(m.listSubjectsWithProperty(RDF.type, OWL.DatatypeProperty).toList());
        return sorted(ps);
    }

    private static List<Resource> sorted(List<Resource> rs) {
        return rs.stream().filter(r -> r.isURIResource() && r.getURI().startsWith(LKG.NS)).distinct()
                .sorted(Comparator.comparing(Resource::getLocalName)).toList();
    }

    public String html() {
        Resource ont = m.getResource(LKG.ONTOLOGY);
        StringBuilder b = new StringBuilder();
        b.append("<!doctype html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>").append(esc(literal(ont, RDFS.label, "en"))).append("</title>")
                .append("<style>body{font-family:sans-serif;max-width:70em;margin:auto;padding:1em;line-height:1.5}")
                .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3em;vertical-align:top;text-align:left}")
                .append("code{font-size:.9em}svg{max-width:100%;height:auto}</style></head><body>\n");
        b.append("<h1>").append(esc(literal(ont, m.createProperty(LKG.DCT + "title"), "zh"))).append("<br>")
                .append(esc(literal(ont, m.createProperty(LKG.DCT + "title"), "en"))).append("</h1>\n");
        b.append("<p>IRI: <code>").append(LKG.ONTOLOGY).append("</code> · version ")
                .append(esc(literal(ont, OWL.versionInfo, null))).append(" (<code>")
                .append(esc(String.valueOf(ont.getPropertyResourceValue(OWL.versionIRI)))).append("</code>) · namespace <code>")
                .append(LKG.NS).append("</code> · <a href=\"?format=turtle\">Turtle</a></p>\n");
        b.append("<p>").append(esc(literal(ont, RDFS.comment, "zh"))).append("<br>").append(esc(literal(ont, RDFS.comment, "en"))).append("</p>\n");
        b.append("<h2>Changes</h2><ul>");
        m.listObjectsOfProperty(ont, m.createProperty(SKOS + "changeNote")).toList().stream()
                .map(n -> n.asLiteral().getString()).sorted().forEach(n -> b.append("<li>").append(esc(n)).append("</li>"));
        b.append("</ul>\n<h2>Diagram</h2>\n").append(diagram()).append("\n");
        b.append("<h2 id=\"classes\">Classes</h2>\n<table><tr><th>class</th><th>中文</th><th>English</th><th>definition</th><th>sub-class of / maps to</th></tr>\n");
        for (Resource c : classes()) {
            b.append("<tr id=\"").append(c.getLocalName()).append("\"><td><code>lkg:").append(c.getLocalName()).append("</code></td><td>")
                    .append(esc(literal(c, RDFS.label, "zh"))).append("</td><td>").append(esc(literal(c, RDFS.label, "en")))
                    .append("</td><td>").append(esc(literal(c, definition, "zh"))).append("<br>").append(esc(literal(c, definition, "en")))
                    .append("</td><td>").append(links(c, RDFS.subClassOf)).append(links(c, closeMatch)).append("</td></tr>\n");
        }
        b.append("</table>\n<h2 id=\"properties\">Properties</h2>\n<table><tr><th>property</th><th>中文</th><th>English</th><th>definition</th><th>domain → range</th><th>sub-property of / maps to</th></tr>\n");
        for (Resource p : properties()) {
            b.append("<tr id=\"").append(p.getLocalName()).append("\"><td><code>lkg:").append(p.getLocalName()).append("</code></td><td>")
                    .append(esc(literal(p, RDFS.label, "zh"))).append("</td><td>").append(esc(literal(p, RDFS.label, "en")))
                    .append("</td><td>").append(esc(literal(p, definition, "zh"))).append("<br>").append(esc(literal(p, definition, "en")))
                    .append("</td><td>").append(links(p, RDFS.domain)).append(" → ").append(links(p, RDFS.range))
                    .append("</td><td>").append(links(p, RDFS.subPropertyOf)).append(links(p, closeMatch)).append("</td></tr>\n");
        }
        b.append("</table>\n</body></html>\n");
        return b.toString();
    }

    /** Classes as boxes in rows by depth of sub-classing; object properties as labelled arrows. */
    String diagram() {
        List<Resource> classes = classes();
        Map<Resource, int[]> at = new LinkedHashMap<>();
        Map<Integer, Integer> perRow = new LinkedHashMap<>();
        int w = 150;
        int h = 34;
        for (Resource c : classes) {
            int depth = depth(c, 0);
            int col = perRow.merge(depth, 1, Integer::sum) - 1;
            at.put(c, new int[] {20 + col * (w + 20), 20 + depth * 110});
        }
        int width = 20 + perRow.values().stream().mapToInt(Integer::intValue).max().orElse(1) * (w + 20);
        int height = 20 + perRow.size() * 110;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"classes and properties\"><defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" ")
                .append("markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\"/></marker></defs>\n");
        for (Resource c : classes) {
            for (RDFNode sup : m.listObjectsOfProperty(c, RDFS.subClassOf).toList()) {
                int[] from = at.get(c);
                int[] to = sup.isResource() ? at.get(sup.asResource()) : null;
                if (to != null) {
                    line(s, from[0] + w / 2, from[1], to[0] + w / 2, to[1] + h, "#999", "4 3", null);
                }
            }
        }
        for (Resource p : properties()) {
            Resource d = p.getPropertyResourceValue(RDFS.domain);
            Resource r = p.getPropertyResourceValue(RDFS.range);
            if (d != null && r != null && at.containsKey(d) && at.containsKey(r) && !d.equals(r)) {
                int[] a = at.get(d);
                int[] z = at.get(r);
                line(s, a[0] + w / 2, a[1] + h / 2, z[0] + w / 2, z[1] + h / 2, "#36c", null, "lkg:" + p.getLocalName());
            }
        }
        for (Map.Entry<Resource, int[]> e : at.entrySet()) {
            int[] p = e.getValue();
            s.append("<g><rect x=\"").append(p[0]).append("\" y=\"").append(p[1]).append("\" width=\"").append(w)
                    .append("\" height=\"").append(h).append("\" rx=\"4\" fill=\"#fff\" stroke=\"#333\"/><text x=\"")
                    .append(p[0] + w / 2).append("\" y=\"").append(p[1] + 22).append("\" text-anchor=\"middle\" font-size=\"13\">")
                    .append(esc(literal(e.getKey(), RDFS.label, "zh"))).append(' ').append(e.getKey().getLocalName())
                    .append("</text></g>\n");
        }
        return s.append("</svg>").toString();
    }

    private static void line(StringBuilder s, int x1, int y1, int x2, int y2, String colour, String dash, String label) {
        s.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2).append("\" y2=\"").append(y2)
                .append("\" stroke=\"").append(colour).append('"').append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
                .append(" marker-end=\"url(#arrow)\"/>\n");
        if (label != null) {
            s.append("<text x=\"").append((x1 + x2) / 2).append("\" y=\"").append((y1 + y2) / 2 - 3)
                    .append("\" font-size=\"10\" fill=\"").append(colour).append("\">").append(esc(label)).append("</text>\n");
        }
    }

    private int depth(Resource c, int guard) {
        int best = 0;
        for (RDFNode sup : m.listObjectsOfProperty(c, RDFS.subClassOf).toList()) {
            if (sup.isURIResource() && sup.asResource().getURI().startsWith(LKG.NS) && guard < 10) {
                best = Math.max(best, 1 + depth(sup.asResource(), guard + 1));
            }
        }
        return best;
    }

    private String links(Resource r, Property p) {
        StringBuilder b = new StringBuilder();
        for (RDFNode o : m.listObjectsOfProperty(r, p).toList()) {
            if (!o.isURIResource()) {
                continue;
            }
            String uri = o.asResource().getURI();
            String shown = m.shortForm(uri);
            String href = uri.startsWith(LKG.NS) ? "#" + o.asResource().getLocalName() : uri;
            b.append("<a href=\"").append(esc(href)).append("\"><code>").append(esc(shown)).append("</code></a> ");
        }
        return b.toString();
    }

    private static String literal(Resource r, Property p, String lang) {
        for (RDFNode o : r.getModel().listObjectsOfProperty(r, p).toList()) {
            if (o.isLiteral() && (lang == null || lang.equals(o.asLiteral().getLanguage()))) {
                return o.asLiteral().getString();
            }
        }
        return "";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
