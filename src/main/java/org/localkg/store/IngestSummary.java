package org.localkg.store;

import java.util.List;

/**
 * What an ingest run did.
 *
 * @param failures one message a failed file, each naming the file and the problem
 */
public record IngestSummary(int files, int added, int replaced, int unchanged, int articles, long triples,
                            long millis, List<String> failures) {
    public boolean ok() {
        return failures.isEmpty();
    }

    public double triplesPerSecond() {
        return millis == 0 ? triples : triples * 1000.0 / millis;
    }
}
