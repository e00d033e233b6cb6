package org.localkg.bench.hostile;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One client: sends its requests in turn, one at a time, until told to stop, and records the
 * status and time of each answer. A request that got no answer (refused connection, reset, the
 * client's own timeout) is recorded with status {@link #NO_ANSWER}. The request under way when
 * the stop comes is finished and recorded: a query's answer, and its thread, outlive the stop.
 */
public final class ClientLoop implements Runnable {
    /** The status recorded for a request that got no HTTP answer. */
    public static final int NO_ANSWER = -1;

    /** Where the answers go; called from the client's own thread. */
    public interface Recorder {
        void record(String kind, int status, double seconds);
    }

    private final HttpClient http;
    private final List<NamedRequest> requests;
    private final int first;
    private final long pauseMillis;
    private final AtomicBoolean stop;
    private final Recorder recorder;

    /**
     * @param first       the index of the request to start with (clients that start apart keep apart)
     * @param pauseMillis the time between an answer and the next request
     */
    public ClientLoop(HttpClient http, List<NamedRequest> requests, int first, long pauseMillis, AtomicBoolean stop, Recorder recorder) {
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("a client needs a request to send");
        }
        this.http = http;
        this.requests = requests;
        this.first = first;
        this.pauseMillis = pauseMillis;
        this.stop = stop;
        this.recorder = recorder;
    }

    @Override
    public void run() {
        for (int i = first; !stop.get(); i++) {
            NamedRequest r = requests.get(i % requests.size());
            long t0 = System.nanoTime();
            int status;
            try {
                status = http.send(r.request(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.io.IOException e) {
                status = NO_ANSWER;
            }
            recorder.record(r.kind(), status, (System.nanoTime() - t0) / 1e9);
            if (pauseMillis > 0 && !stop.get()) {
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
