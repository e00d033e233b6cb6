package org.localkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.localkg.bench.hostile.HostileBench;
import org.localkg.bench.hostile.HostileReport;
import org.localkg.bench.hostile.HostileRun;
import org.localkg.bench.hostile.HostileSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kg bench hostile}: the public endpoint's limits under load, as the issue states them: many
 * hostile clients at once and one light client, against the real server in a JVM of its own.
 * A subcommand of {@code bench}: another benchmark, with options of its own and a report of its
 * own, that shares nothing with the corpus-size table but the generated pages.
 */
@Command(name = "hostile", mixinStandardHelpOptions = true,
        description = {"Starts kg serve on a generated store in a JVM of its own, sends hostile queries",
            "(backtracking REGEX, huge strings, cross joins, deep OFFSET, nesting, long",
            "/reconcile batches) from many clients while one light client asks cheap ones,",
            "and prints the light client's latency, late answers and threads, OutOfMemory-",
            "Errors and RSS against the stated bound, with PASS/FAIL; exit 1 on a FAIL.",
            "Example: kg bench hostile --seconds 60"})
final class HostileBenchCommand implements Callable<Integer> {
    @Option(names = "--pages", paramLabel = "N", description = "generated pages in the store (default: ${DEFAULT-VALUE})")
    int pages = 300;

    @Option(names = "--hostile", paramLabel = "N", description = "hostile clients (default: ${DEFAULT-VALUE})")
    int hostile = 30;

    @Option(names = "--seconds", paramLabel = "S", description = "how long the clients send (default: ${DEFAULT-VALUE})")
    int seconds = 60;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "the server's query time limit, as kg serve --timeout (default: ${DEFAULT-VALUE}, kg serve's)")
    int timeout = 30;

    @Option(names = "--heap", paramLabel = "SIZE",
            description = "the server's -Xmx, e.g. 1g (default: the heap this command was given: ./kg gives -Xmx2g, or $KG_JAVA_OPTS)")
    String heap;

    @Option(names = "--sample-every", paramLabel = "S", description = "seconds between snapshots of the server's threads during the load (default: ${DEFAULT-VALUE})")
    int sampleEvery = 5;

    @Option(names = "--keep", paramLabel = "DIR", description = "leave the corpus, store and logs in DIR (default: a temporary folder, deleted)")
    Path keep;

    @Override
    public Integer call() throws Exception {
        HostileSettings settings = new HostileSettings(pages, hostile, seconds, timeout, heap, sampleEvery);
        Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("kg-bench-hostile");
        HostileRun run;
        try {
            run = new HostileBench(settings).run(dir);
        } finally {
            if (keep == null) {
                org.localkg.store.Folders.deleteTree(dir);
            }
        }
        HostileReport report = new HostileReport(run);
        report.lines().forEach(System.out::println);
        return report.passed() ? 0 : 1;
    }
}
