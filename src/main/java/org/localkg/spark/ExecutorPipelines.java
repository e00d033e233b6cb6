package org.localkg.spark;

import java.util.HashMap;
import java.util.Map;
import org.localkg.Pipeline;
import org.localkg.ingest.InputLimits;

/**
 * One pipeline per executor JVM and settings: building one loads HanLP's models, far too slow
 * to do per page, and extraction and keyed writing are thread-safe, so an executor's task
 * threads share it. Its registry is never used here: resolution happens on the driver.
 */
final class ExecutorPipelines {
    private static final Map<String, Pipeline> PIPELINES = new HashMap<>();

    private ExecutorPipelines() {}

    static synchronized Pipeline pipeline(String base, InputLimits limits) {
        return PIPELINES.computeIfAbsent(base + " " + limits, k -> new Pipeline(base).limits(limits));
    }
}
