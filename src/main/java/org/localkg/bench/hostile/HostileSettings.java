package org.localkg.bench.hostile;

/**
 * How the hostile benchmark runs.
 *
 * @param pages          generated pages in the store
 * @param hostile        hostile clients, each sending one hostile request after another
 * @param seconds        how long they send
 * @param timeoutSeconds the server's query time limit ({@code kg serve --timeout})
 * @param heap           the server's {@code -Xmx}, or null for the heap this process was given
 * @param sampleSeconds  time between two snapshots of the server's threads during the load
 */
public record HostileSettings(int pages, int hostile, int seconds, int timeoutSeconds, String heap, int sampleSeconds) {
    public HostileSettings {
        if (pages < 1 || hostile < 1 || seconds < 1 || timeoutSeconds < 1 || sampleSeconds < 1) {
            throw new IllegalArgumentException("pages, clients, seconds, the time limit and the sampling interval must be positive");
        }
    }
}
