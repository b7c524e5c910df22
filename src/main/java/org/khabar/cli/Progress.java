package org.khabar.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long run on standard error: a line redrawn in place on a terminal, a plain log
 * line every {@code logSeconds} otherwise (so CI logs and files stay readable), nothing when quiet.
 *
 * <pre>
 * 1,234 articles, 12.3 articles/s, 0:42 elapsed, 45% of 35.7 MB, ETA 0:51
 * </pre>
 *
 * The rate is articles per second since the start. The total number of articles in a stream is
 * not known in advance, but the size of its inputs is: the share of input bytes consumed (as
 * stored, so compressed bytes of a {@code .gz}) gives the percentage and the ETA. Standard input
 * and pipes have no size, so no ETA, and the line says so.
 */
final class Progress {
    /** Where the run is in its input: bytes consumed of a total that may be unknown. */
    interface Input {
        long bytesRead();

        /** The total, or -1 when unknown. */
        long bytesTotal();

        /** True when reading standard input (the reason for an unknown total). */
        boolean standardInput();
    }

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private final LongSupplier clock;
    private final long start;
    private final long intervalNanos;
    private Input input;
    private long lastPrint;
    private boolean drewLine;
    private int drawnLength;

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    Progress(PrintWriter err, boolean terminal, boolean quiet, int logSeconds, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastPrint = start;
        this.intervalNanos = terminal ? 250_000_000L : logSeconds * 1_000_000_000L;
    }

    static Progress onStandardError(PrintWriter err, boolean quiet) {
        return new Progress(err, System.console() != null, quiet, 10, System::nanoTime);
    }

    /** Measures progress through {@code in} from now on (percent and ETA when its size is known). */
    Progress tracking(Input in) {
        this.input = in;
        return this;
    }

    void update(long done, long failed) {
        if (quiet) return;
        long now = clock.getAsLong();
        if (now - lastPrint < intervalNanos) return;
        lastPrint = now;
        String line = line(done, failed, now);
        if (terminal) {
            err.print("\r" + line + "   ");
            drewLine = true;
            drawnLength = line.length() + 3;
        } else {
            err.println("khabar: " + line);
        }
        err.flush();
    }

    /**
     * Prints {@code message} on a line of its own (a warning, a failure, a retry notice): a drawn
     * progress line is wiped first, and the next {@link #update} draws it again below.
     */
    synchronized void message(String message) {
        if (drewLine) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            drewLine = false;
            lastPrint = clock.getAsLong() - intervalNanos; // redraw at the next update
        }
        err.println(message);
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
        return (clock.getAsLong() - start) / 1e9;
    }

    String line(long done, long failed, long now) {
        double secs = Math.max(1e-9, (now - start) / 1e9);
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%,d articles", done));
        if (failed > 0) b.append(String.format(Locale.ROOT, ", %,d failed", failed));
        b.append(String.format(Locale.ROOT, ", %.1f articles/s, %s elapsed", done / secs, clock(secs)));
        if (input == null) return b.toString();
        long total = input.bytesTotal();
        if (total < 0) {
            return b.append(input.standardInput() ? ", no ETA (standard input has no size)"
                    : ", no ETA (input size unknown)").toString();
        }
        long read = Math.min(input.bytesRead(), total);
        double fraction = total == 0 ? 1 : (double) read / total;
        b.append(String.format(Locale.ROOT, ", %d%% of %s", (long) Math.floor(fraction * 100), size(total)));
        if (fraction > 0 && fraction < 1) b.append(", ETA ").append(clock(secs * (1 - fraction) / fraction));
        return b.toString();
    }

    private static String size(long bytes) {
        if (bytes < 1_000_000) return String.format(Locale.ROOT, "%,d kB", (bytes + 999) / 1000);
        return String.format(Locale.ROOT, bytes < 10_000_000_000L ? "%.1f MB" : "%,.0f MB", bytes / 1e6);
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
