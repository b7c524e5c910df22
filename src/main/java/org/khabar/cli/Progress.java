package org.khabar.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long run on standard error: a line redrawn in place on a terminal, a plain log
 * line every {@code logSeconds} otherwise (so CI logs and files stay readable), nothing when quiet.
 * The rate is articles per second since the start; ETA is shown when the total is known.
 */
final class Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private final long total;
    private final long start = System.nanoTime();
    private final long intervalNanos;
    private long lastPrint = start;
    private boolean drewLine;

    /** @param total the number of articles when known in advance, else -1 */
    Progress(PrintWriter err, boolean terminal, boolean quiet, long total, int logSeconds) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
        this.total = total;
        this.intervalNanos = terminal ? 250_000_000L : logSeconds * 1_000_000_000L;
    }

    static Progress onStandardError(PrintWriter err, boolean quiet) {
        return new Progress(err, System.console() != null, quiet, -1, 10);
    }

    void update(long done, long failed) {
        if (quiet) return;
        long now = System.nanoTime();
        if (now - lastPrint < intervalNanos) return;
        lastPrint = now;
        String line = line(done, failed, now);
        if (terminal) {
            err.print("\r" + line + "   ");
            drewLine = true;
        } else {
            err.println("khabar: " + line);
        }
        err.flush();
    }

    /** Ends the redrawn line, if any, so the summary starts on a line of its own. */
    void finish() {
        if (drewLine) {
            err.println();
            err.flush();
        }
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    String line(long done, long failed, long now) {
        double secs = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / secs;
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%,d articles", done));
        if (total > 0) b.append(String.format(Locale.ROOT, " of %,d", total));
        if (failed > 0) b.append(String.format(Locale.ROOT, ", %,d failed", failed));
        b.append(String.format(Locale.ROOT, ", %.1f articles/s, %s elapsed", rate, clock(secs)));
        if (total > 0 && rate > 0 && done < total) b.append(", ETA ").append(clock((total - done) / rate));
        return b.toString();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
