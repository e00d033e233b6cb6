package org.localkg.cli;

import java.nio.file.Path;

/** Defaults shared by the commands. */
final class Defaults {
    static final String BASE = org.localkg.rdf.IriMinter.DEFAULT_BASE;

    private Defaults() {}

    /** The store folder: $KG_STORE, else ./store. */
    static Path store() {
        String env = System.getenv("KG_STORE");
        return Path.of(env != null && !env.isBlank() ? env : "store");
    }
}
