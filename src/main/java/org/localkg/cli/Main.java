package org.localkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kg}: the command line of the knowledge graph. */
@Command(name = "kg", mixinStandardHelpOptions = true, versionProvider = Main.BuildVersion.class,
        description = "A knowledge graph of Chinese local-government news: extract, store, query, serve.",
        subcommands = {ExtractCommand.class, ExplainCommand.class, IngestCommand.class, ServeCommand.class, QueryCommand.class,
            DemoCommand.class, ValidateCommand.class, CompactCommand.class, LoadCommand.class, BenchCommand.class, LinkCommand.class, NerCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** What TDB2 says when another process holds a store's lock. */
    private static final java.util.regex.Pattern HELD_LOCK = java.util.regex.Pattern.compile("Failed to get a lock: file='([^']+)': held by process (\\d+)");

    /** The exit status of a command that stopped because the disk holding its store is full. */
    static final int DISK_FULL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit status (tests call this). */
    public static int run(String... args) {
        return execute(commandLine(), args);
    }

    /** {@code kg} with its subcommands and the handling of their failures. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(ex, commandLine, parseResult));
        return cl;
    }

    /**
     * Runs {@code args} on {@code cl}. An {@link Error} escapes picocli's handler; a full disk
     * (TDB2's mapped write fails with an {@code InternalError}) is still one line.
     */
    static int execute(CommandLine cl, String... args) {
        try {
            return cl.execute(args);
        } catch (Error e) {
            if (!org.localkg.store.DiskFull.in(e)) {
                throw e;
            }
            CommandLine.ParseResult parsed = cl.getParseResult();
            return failed(e, parsed != null ? ran(parsed).commandSpec().commandLine() : cl, parsed);
        }
    }

    /**
     * A command's failure in one line: a full disk as {@link org.localkg.store.DiskFull#line}
     * names it, on standard error as the commands that write stores say it (with more of what
     * they kept), anything else by its message.
     */
    private static int failed(Throwable ex, CommandLine command, CommandLine.ParseResult parsed) {
        if (org.localkg.store.DiskFull.in(ex)) {
            CommandLine.ParseResult ran = parsed != null ? ran(parsed) : null;
            java.nio.file.Path store = ran != null && ran.hasMatchedOption("--store")
                    ? ran.matchedOptionValue("--store", Defaults.store()) : Defaults.store();
            System.err.println(org.localkg.store.DiskFull.line("kg " + command.getCommandName(), store,
                    "the command stopped; what the store held before it is kept: free space and run it again"));
            return DISK_FULL;
        }
        String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        java.util.regex.Matcher lock = HELD_LOCK.matcher(message);
        if (lock.find()) {
            // TDB2's lock on a store another process has open (a running kg serve, say)
            command.getErr().println("kg " + command.getCommandName() + ": the store " + java.nio.file.Path.of(lock.group(1)).getParent()
                    + " is open in another process (pid " + lock.group(2) + ", a running kg serve?): stop it first, or work on a copy of the store");
            return 2;
        }
        command.getErr().println("kg: " + message);
        return 2;
    }

    /** The parse result of the subcommand that ran (picocli hands its handler the top one). */
    private static CommandLine.ParseResult ran(CommandLine.ParseResult parsed) {
        while (parsed.subcommand() != null) {
            parsed = parsed.subcommand();
        }
        return parsed;
    }

    /** {@code kg --version}: the version Maven built, with the Jena it runs on. */
    static final class BuildVersion implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"localkg " + org.localkg.Version.get() + " (Apache Jena " + org.localkg.Version.jena() + ", Java " + System.getProperty("java.version") + ")"};
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
