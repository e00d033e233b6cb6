package org.localkg.validate;

/**
 * One SHACL violation, with the article graph it was found in.
 *
 * @param article  the article graph's IRI (or "default" for a file without graphs)
 * @param focus    the node that violates
 * @param path     the property path, or null for a node-level constraint
 * @param message  what is wrong
 * @param severity Violation, Warning or Info
 */
public record Violation(String article, String focus, String path, String message, String severity) {
    @Override
    public String toString() {
        return severity + " in " + article + ": " + focus + (path == null ? "" : " " + path) + ": " + message;
    }
}
