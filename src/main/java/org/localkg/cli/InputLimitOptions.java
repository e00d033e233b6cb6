package org.localkg.cli;

import org.localkg.ingest.InputLimits;
import picocli.CommandLine.Option;

/** The input size limits, shared by the commands that read pages (a picocli mixin). */
final class InputLimitOptions {
    @Option(names = "--max-file-bytes", paramLabel = "BYTES",
            description = "skip (and report) a file larger than this (default: ${DEFAULT-VALUE})")
    long maxFileBytes = InputLimits.DEFAULT.maxFileBytes();

    @Option(names = "--max-article-chars", paramLabel = "N",
            description = "skip (and report) a file with an article longer than this (default: ${DEFAULT-VALUE})")
    int maxArticleChars = InputLimits.DEFAULT.maxArticleChars();

    InputLimits limits() {
        return new InputLimits(maxFileBytes, maxArticleChars);
    }
}
