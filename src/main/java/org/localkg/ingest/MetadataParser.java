package org.localkg.ingest;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads metadata from {@code key: value} lines, as found in a front-matter block (between two
 * {@code ---} lines at the top of a source) or in a sidecar file ({@code page.txt.meta} or
 * {@code page.meta}). Known keys: date, paper, page, url, region; others are ignored.
 */
public final class MetadataParser {
    private static final Pattern LINE = Pattern.compile("^\\s*([A-Za-z_]+)\\s*[:：]\\s*(.*?)\\s*$");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})\\s*日?");

    /** A source's body with its front matter taken off, and the offset where the body starts. */
    public record Split(Metadata metadata, String body, int bodyOffset) {}

    private MetadataParser() {}

    public static Split splitFrontMatter(String source, String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int skip = text.length() - t.length();
        if (!t.startsWith("---")) {
            return new Split(Metadata.NONE, text, 0);
        }
        int firstEol = t.indexOf('\n');
        if (firstEol < 0 || !t.substring(0, firstEol).strip().equals("---")) {
            return new Split(Metadata.NONE, text, 0);
        }
        int close = t.indexOf("\n---", firstEol);
        if (close < 0) {
            throw new SourceException(source, "front matter opened with --- is never closed");
        }
        int end = t.indexOf('\n', close + 4);
        end = end < 0 ? t.length() : end + 1;
        Metadata md = parse(source, t.substring(firstEol + 1, close));
        return new Split(md, t.substring(end), skip + end);
    }

    public static Metadata parse(String source, String block) {
        LocalDate date = null;
        String paper = null, page = null, url = null, region = null;
        for (String line : block.split("\\R")) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String value = unquote(m.group(2));
            if (value.isEmpty()) {
                continue;
            }
            switch (m.group(1).toLowerCase()) {
                case "date" -> date = parseDate(source, value);
                case "paper", "newspaper" -> paper = value;
                case "page" -> page = value;
                case "url" -> url = parseUrl(source, value);
                case "region" -> region = value;
                default -> { /* unknown keys are allowed and ignored */ }
            }
        }
        return new Metadata(date, paper, page, url, region);
    }

    static LocalDate parseDate(String source, String value) {
        Matcher m = DATE.matcher(value);
        if (!m.find()) {
            throw new SourceException(source, "metadata date '" + value + "' is not a date (use 2024-12-28)");
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            throw new SourceException(source, "metadata date '" + value + "' does not exist");
        }
    }

    /**
     * The page's address, stored as an IRI: it must be an absolute http(s) IRI that Jena's IRI
     * parser accepts (no spaces, quotes or angle brackets; not javascript:, data: or file:).
     */
    static String parseUrl(String source, String value) {
        String problem = null;
        try {
            org.apache.jena.irix.IRIx iri = org.apache.jena.irix.IRIx.create(value);
            String scheme = iri.scheme() == null ? "" : iri.scheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || !value.matches("(?i)https?://[^/?#@]+([/?#].*)?")) {
                problem = "is not an absolute http(s) address";
            }
        } catch (org.apache.jena.irix.IRIException | IllegalArgumentException e) {
            problem = "is not a valid IRI (" + e.getMessage() + ")";
        }
        if (problem != null) {
            String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
            throw new SourceException(source, "metadata url '" + shown + "' " + problem);
        }
        return value;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
