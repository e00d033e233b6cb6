package org.localkg.store;

import java.util.List;

/**
 * What an ingest run did.
 *
 * @param failures one message a failed file, each naming the file and the problem
 */
public record IngestSummary(int files, int added, int replaced, int unchanged, int articles, int rejected,
                            long triples, long millis, List<String> failures) {
    /** No file failed and no article was rejected by the shapes. */
    public boolean ok() {
        return failures.isEmpty() && rejected == 0;
    }

    public double triplesPerSecond() {
        return millis == 0 ? triples : triples * 1000.0 / millis;
    }
}
