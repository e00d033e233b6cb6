package org.localkg.cli;

import picocli.CommandLine.Option;

/** How many files to extract at once, shared by the commands that extract (a picocli mixin). */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N",
            description = "files extracted at once (default: one per processor, here ${DEFAULT-VALUE}); the output is the same for any number")
    int threads = Runtime.getRuntime().availableProcessors();
}
