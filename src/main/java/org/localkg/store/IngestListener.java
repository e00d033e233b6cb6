package org.localkg.store;

import java.nio.file.Path;

/** Hears how an ingest run goes, file by file; the CLI shows it as progress. */
public interface IngestListener {
    enum Outcome { ADDED, REPLACED, UNCHANGED }

    default void started(int files) {}

    default void fileDone(Path file, Outcome outcome, int articles, long triples) {}

    default void fileFailed(Path file, String problem) {}

    /** The file was stored, but something about it deserves a look (no article found in it). */
    default void fileWarning(Path file, String warning) {}

    /** An article whose graph violates the shapes: reported and not committed. */
    default void articleRejected(String source, String article, java.util.List<org.localkg.validate.Violation> violations) {}

    default void finished(IngestSummary summary) {}
}
