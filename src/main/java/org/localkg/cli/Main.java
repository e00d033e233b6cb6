package org.localkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kg}: the command line of the knowledge graph. */
@Command(name = "kg", mixinStandardHelpOptions = true, versionProvider = Main.BuildVersion.class,
        description = "A knowledge graph of Chinese local-government news: extract, store, query, serve.",
        subcommands = {ExtractCommand.class, ExplainCommand.class, IngestCommand.class, ServeCommand.class, QueryCommand.class,
            DemoCommand.class, ValidateCommand.class, CompactCommand.class, LoadCommand.class, BenchCommand.class, LinkCommand.class, NerCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** The exit status of a command that stopped because the disk holding its store is full. */
    static final int DISK_FULL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit status (tests call this). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("kg: " + ex.getMessage());
            return 2;
        });
        return cl.execute(args);
    }

    /** {@code kg --version}: the version Maven built, with the Jena it runs on. */
    static final class BuildVersion implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"localkg " + org.localkg.Version.get() + " (Apache Jena " + org.apache.jena.Jena.VERSION + ", Java " + System.getProperty("java.version") + ")"};
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
