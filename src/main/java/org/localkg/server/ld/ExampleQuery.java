package org.localkg.server.ld;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One example query of {@code queries/}, as the query page and the home page show it: its file
 * name, the title and one-line description its leading {@code # title:} and
 * {@code # description:} comment lines give (as in Wikidata's example gallery), and its text.
 *
 * @param name        the file name, {@code projects.rq}: the tab's name and the link's fragment
 * @param title       the title line, or the name without {@code .rq} when the file has none
 * @param description the description line, or the first other comment line when it has none
 * @param text        the whole query, comments included
 */
record ExampleQuery(String name, String title, String description, String text) {
    private static final String TITLE = "title:";
    private static final String DESCRIPTION = "description:";

    static ExampleQuery parse(String name, String text) {
        String title = null;
        String description = null;
        String firstComment = null;
        for (String line : text.split("\\R")) {
            if (!line.startsWith("#")) {
                break; // only the leading comment block describes the query
            }
            String comment = line.substring(1).strip();
            if (comment.startsWith(TITLE) && title == null) {
                title = comment.substring(TITLE.length()).strip();
            } else if (comment.startsWith(DESCRIPTION) && description == null) {
                description = comment.substring(DESCRIPTION.length()).strip();
            } else if (firstComment == null && !comment.isEmpty()) {
                firstComment = comment;
            }
        }
        String fallbackTitle = name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name;
        return new ExampleQuery(name, title == null || title.isEmpty() ? fallbackTitle : title,
                description != null ? description : firstComment != null ? firstComment : "", text);
    }

    /**
     * A short digest of the shipped text. The query page keeps a researcher's edits across
     * reloads, but when a release changes a shipped query, this changes and the page shows
     * the new text instead of the edited old one.
     */
    String version() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
