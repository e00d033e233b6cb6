package org.localkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option the store commands share. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", description = "the TDB2 store folder (default: $KG_STORE or ./store)")
    Path store;

    Path path() {
        return store != null ? store : Defaults.store();
    }
}
