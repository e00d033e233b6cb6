package org.localkg.bench.virtuoso;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Finds Virtuoso's programs, installing Debian's {@code virtuoso-opensource} (7.2) with apt-get
 * when they are missing and this process may (root, with apt-get): the comparison needs the
 * server {@code virtuoso-t} and its SQL client {@code isql-vt}. Installing does not start the
 * package's own service where there is no init system; the benchmark never uses it.
 */
public final class VirtuosoInstall {
    static final String PACKAGE = "virtuoso-opensource";
    static final String SERVER = "virtuoso-t";
    static final String ISQL = "isql-vt";

    /** Where the programs are. */
    public record Programs(Path server, Path isql) {}

    private VirtuosoInstall() {}

    /** apt-get's command to install the package without questions or recommended extras. */
    static List<String> installCommand() {
        return List.of("apt-get", "install", "-y", "--no-install-recommends", PACKAGE);
    }

    /** apt-get's command to refresh the package lists, for when they are too old to know the package. */
    static List<String> updateCommand() {
        return List.of("apt-get", "update");
    }

    /**
     * The programs, installed first if need be; empty, with the reason told to {@code say}, when
     * they are not there and cannot be installed.
     */
    public static Optional<Programs> ensure(Consumer<String> say) throws IOException, InterruptedException {
        Optional<Programs> found = find();
        if (found.isPresent()) {
            return found;
        }
        if (onPath("apt-get").isEmpty()) {
            say.accept("Virtuoso is not installed and there is no apt-get to install " + PACKAGE + " with");
            return Optional.empty();
        }
        if (!isRoot()) {
            say.accept("Virtuoso is not installed, and installing " + PACKAGE + " with apt-get needs root: run `apt-get install "
                    + PACKAGE + "` as root, or kg bench as root");
            return Optional.empty();
        }
        say.accept("installing " + PACKAGE + " with apt-get ...");
        if (run(installCommand()) != 0) {
            run(updateCommand());
            if (run(installCommand()) != 0) {
                say.accept("apt-get could not install " + PACKAGE);
                return Optional.empty();
            }
        }
        found = find();
        if (found.isEmpty()) {
            say.accept(PACKAGE + " is installed but " + SERVER + " or " + ISQL + " is not on the PATH");
        }
        return found;
    }

    private static Optional<Programs> find() {
        Optional<Path> server = onPath(SERVER);
        Optional<Path> isql = onPath(ISQL);
        return server.isPresent() && isql.isPresent() ? Optional.of(new Programs(server.get(), isql.get())) : Optional.empty();
    }

    static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static boolean isRoot() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
        String uid = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return p.waitFor() == 0 && uid.equals("0");
    }

    /** Runs an apt-get command with its output on our standard error, where the progress goes. */
    private static int run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                new File("/dev/stderr")));
        pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process p = pb.start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
