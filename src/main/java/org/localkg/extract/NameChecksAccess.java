package org.localkg.extract;

/** The generic-word test of {@link NameChecks}, for identity keys outside this package. */
public final class NameChecksAccess {
    private NameChecksAccess() {}

    /** What is left of a name part once generic words are taken off. */
    public static String specific(String part) {
        return NameChecks.specific(part);
    }
}
