package org.khabar.cli;

import java.util.ArrayList;
import java.util.List;
import org.khabar.article.ReadOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by the commands that read articles ({@code extract}, {@code load}). */
final class InputOptions {

    @Option(names = "--include", paramLabel = "GLOBS", split = ",",
            description = "File name patterns read in directories (default: ${DEFAULT-VALUE}).",
            defaultValue = "*.txt,*.html,*.htm,*.jsonl,*.jsonl.gz,*.json")
    List<String> include;

    @Option(names = "--field", paramLabel = "PROP=NAME",
            description = "JSON field for an article property, e.g. text=body or date=pubDate (repeatable).")
    List<String> fields = new ArrayList<>();

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "20",
            description = "Largest article in megabytes (default: ${DEFAULT-VALUE}).")
    long maxMegabytes;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all processors).")
    Integer threads;

    @Option(names = "--fail-fast", description = "Stop at the first article that cannot be read, extracted or loaded.")
    boolean failFast;

    ReadOptions readOptions(CommandLine cmd) {
        if (maxMegabytes < 1 || maxMegabytes > 1 << 20) {
            throw new CommandLine.ParameterException(cmd, "--max-size must be between 1 and 1048576 (MB), was " + maxMegabytes);
        }
        try {
            ReadOptions.Builder b = ReadOptions.builder().include(include).maxBytes(maxMegabytes * 1024 * 1024)
                    .failFast(failFast);
            for (String f : fields) b.field(f);
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage(), e);
        }
    }

    int threads(CommandLine cmd) {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) throw new CommandLine.ParameterException(cmd, "--threads must be at least 1, was " + n);
        return n;
    }
}
