package org.localkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.localkg.Pipeline;
import org.localkg.ingest.Article;
import org.localkg.ingest.PageSplitter;
import org.localkg.ingest.Source;
import org.localkg.nlp.hanlp.HanlpNer;

/**
 * Our extraction against HanLP's own named-entity recognition on the same text, both on one
 * thread: HanLP is given each article's text as the page splitter cuts it, as our extractor is.
 * Extraction here is all of {@link Pipeline#process} (split, extract, resolve, write quads to a
 * sink that drops them), as in {@code kg bench}'s "full extraction, 1 thread" row. Each time is
 * measured twice: on the wall clock, and as the CPU time of the thread doing the work, which
 * other processes on a shared machine disturb far less (it leaves out the JIT's and the garbage
 * collector's threads).
 */
public final class ExtractionSpeed {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ExtractionSpeed() {}

    /** Seconds on the wall clock and on this thread's CPU. */
    public record Time(double wall, double cpu) {}

    /** Wall-clock seconds HanLP's NER takes over every article of {@code sources}. */
    public static double hanlpNerSeconds(List<Source> sources) {
        return hanlpNer(sources).wall();
    }

    /** The time HanLP's NER takes over every article of {@code sources}. */
    public static Time hanlpNer(List<Source> sources) {
        long names = 0;
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (Source s : sources) {
            for (Article a : PageSplitter.split(s.text())) {
                names += HanlpNer.names(a.text());
            }
        }
        Time time = since(t0, c0);
        if (names < 0) {
            throw new AssertionError(); // keeps the count, and so the work, alive
        }
        return time;
    }

    /** The time the whole extraction takes over {@code sources} on one thread, writing to no file. */
    public static Time extraction(List<Source> sources, String base) {
        Pipeline one = new Pipeline(base).threads(1);
        StreamRDFBase discard = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {}
        };
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (Source s : sources) {
            one.process(s, discard);
        }
        return since(t0, c0);
    }

    /** HanLP's NER and our extraction of the same sources, measured page by page in turn. */
    public record SideBySide(Time ner, Time extraction) {}

    /**
     * Both, alternating page by page (HanLP's NER on a page's articles, then our extraction of the
     * page), each side's times summed: on a machine shared with other work, a busy spell slows both
     * sides alike instead of whichever ran during it.
     */
    public static SideBySide alternating(List<Source> sources, String base) {
        Pipeline one = new Pipeline(base).threads(1);
        StreamRDFBase discard = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {}
        };
        double nerWall = 0, nerCpu = 0, extractionWall = 0, extractionCpu = 0;
        for (Source s : sources) {
            Time ner = hanlpNer(List.of(s));
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            one.process(s, discard);
            Time extraction = since(t0, c0);
            nerWall += ner.wall();
            nerCpu += ner.cpu();
            extractionWall += extraction.wall();
            extractionCpu += extraction.cpu();
        }
        return new SideBySide(new Time(nerWall, nerCpu), new Time(extractionWall, extractionCpu));
    }

    private static Time since(long wallStart, long cpuStart) {
        return new Time((System.nanoTime() - wallStart) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
    }
}
