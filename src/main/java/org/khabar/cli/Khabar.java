package org.khabar.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code khabar} command: Arabic news articles to a knowledge graph. */
@Command(name = "khabar", mixinStandardHelpOptions = true, versionProvider = Khabar.Version.class,
        description = "Turns Arabic news articles into a knowledge graph (Neo4j, RDF).",
        subcommands = {ExtractCommand.class, LoadCommand.class, ServeCommand.class, StatsCommand.class,
                DemoCommand.class, QueryCommand.class, ResolveCommand.class, ExplainEntityCommand.class, ExportCommand.class, ValidateCommand.class, SparqlCommand.class,
                CommandLine.HelpCommand.class})
public final class Khabar {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code: 0 ok, 1 failure, 2 usage error. */
    public static int run(String... args) {
        return new CommandLine(new Khabar())
                .setExecutionExceptionHandler(new Failures())
                .execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Khabar.class.getPackage().getImplementationVersion();
            return new String[] {"khabar " + (v == null ? "development build" : v)};
        }
    }

    /** Maps an exception from a command to a one-line message and exit code 1. */
    static final class Failures implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
            cmd.getErr().println("khabar: " + ex.getMessage());
            if (System.getenv("KHABAR_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            return 1;
        }
    }
}
