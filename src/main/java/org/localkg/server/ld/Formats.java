package org.localkg.server.ld;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The media types the server offers and content negotiation over them: the client's
 * {@code Accept} with q-values against what a resource has; an explicit choice by extension
 * ({@code .ttl}) or {@code ?format=} overrides it.
 */
public final class Formats {
    public enum Format {
        HTML("text/html", "html", null, null),
        TURTLE("text/turtle", "ttl", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
        JSONLD("application/ld+json", "jsonld", Lang.JSONLD, RDFFormat.JSONLD11_PRETTY),
        RDFXML("application/rdf+xml", "rdf", Lang.RDFXML, RDFFormat.RDFXML_PRETTY),
        NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES, RDFFormat.NTRIPLES);

        public final String mediaType;
        public final String extension;
        public final Lang lang;
        public final RDFFormat rdfFormat;

        Format(String mediaType, String extension, Lang lang, RDFFormat rdfFormat) {
            this.mediaType = mediaType;
            this.extension = extension;
            this.lang = lang;
            this.rdfFormat = rdfFormat;
        }

        public boolean isRdf() {
            return lang != null;
        }

        public static Format byName(String name) {
            if (name == null) {
                return null;
            }
            String n = name.toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (f.extension.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n) || f.mediaType.equals(n)) {
                    return f;
                }
            }
            return switch (n) {
                case "turtle" -> TURTLE;
                case "json-ld", "json" -> JSONLD;
                case "xml", "rdfxml" -> RDFXML;
                case "ntriples", "n-triples" -> NTRIPLES;
                default -> null;
            };
        }
    }

    private record Range(String type, double q, int order) {}

    private Formats() {}

    /**
     * The best of {@code offered} for an Accept header, or null when nothing offered is
     * acceptable. No header means anything; ties go to the first offered.
     */
    public static Format negotiate(String accept, List<Format> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        List<Range> ranges = new ArrayList<>();
        String[] parts = accept.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] p = parts[i].trim().split(";");
            if (p.length == 0 || !p[0].trim().matches("[A-Za-z0-9!#$&^_.+*-]+/[A-Za-z0-9!#$&^_.+*-]+|\\*")) {
                continue; // a malformed range (";", "text", "") offers nothing
            }
            double q = 1.0;
            for (int k = 1; k < p.length; k++) {
                String param = p[k].trim();
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                        q = Double.isNaN(q) ? 0 : Math.max(0, Math.min(1, q));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(p[0].trim().toLowerCase(Locale.ROOT), q, i));
        }
        if (ranges.isEmpty()) {
            return offered.get(0); // nothing readable in the header: as if there were none
        }
        Format best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (Format f : offered) {
            double q = -1;
            int specificity = -1;
            for (Range r : ranges) {
                int s = matches(r.type, f.mediaType);
                if (s > specificity) {
                    specificity = s;
                    q = r.q;
                }
            }
            if (q > bestQ || q == bestQ && q > 0 && specificity > bestSpecificity) {
                best = f;
                bestQ = q;
                bestSpecificity = specificity;
            }
        }
        return bestQ > 0 ? best : null;
    }

    /** 2 for an exact match, 1 for type/*, 0 for * / *, -1 for none. */
    private static int matches(String range, String type) {
        if (range.equals(type)) {
            return 2;
        }
        if (range.endsWith("/*") && type.startsWith(range.substring(0, range.length() - 1))) {
            return 1;
        }
        return range.equals("*/*") || range.equals("*") ? 0 : -1;
    }

    public static List<Format> rdfFormats() {
        return List.of(Format.TURTLE, Format.JSONLD, Format.RDFXML, Format.NTRIPLES);
    }

    /** Every format, HTML first: what a resource IRI offers. */
    public static List<Format> all() {
        return List.of(Format.values());
    }
}
