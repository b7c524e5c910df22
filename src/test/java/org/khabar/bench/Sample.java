package org.khabar.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * Timings of repeated runs (after warm-ups): median with min–max.
 *
 * <pre>{@code
 * Sample s = Sample.collect(1, 3, () -> time(work));   // seconds per run
 * s.median();
 * }</pre>
 */
record Sample(List<Double> values) {
    Sample {
        if (values.isEmpty()) throw new IllegalArgumentException("a sample needs at least one run");
        values = List.copyOf(values);
    }

    /** One measured run: returns the seconds it took (setup inside it is not counted). */
    @FunctionalInterface
    interface Trial {
        double seconds();
    }

    static Sample collect(int warmups, int runs, Trial trial) {
        return collect(null, warmups, runs, trial);
    }

    /**
     * As {@link #collect(int, int, Trial)}; when the system property {@code bench.jfr} names a
     * directory and {@code name} is not null, the measured runs (not the warm-ups) are recorded
     * with JFR's profile settings into {@code DIR/name.jfr}.
     */
    static Sample collect(String name, int warmups, int runs, Trial trial) {
        return collect(name, warmups, runs, () -> {}, trial);
    }

    /**
     * As {@link #collect(String, int, int, Trial)} with {@code setup} run before every run, outside
     * the timing and outside the JFR recording (e.g. emptying the database: its deletes and their
     * index upkeep are not what is measured). With a recording, each measured run is its own
     * recording ({@code DIR/name-1.jfr}, {@code -2}, …). After the setup, the run waits until the
     * JIT compilers are idle ({@link CpuSplit#awaitJitIdle}), so that what the setup made them
     * compile is not counted in the run.
     */
    static Sample collect(String name, int warmups, int runs, Runnable setup, Trial trial) {
        for (int i = 0; i < warmups; i++) {
            setup.run();
            trial.seconds();
        }
        List<Double> v = new ArrayList<>();
        String dir = name == null ? null : System.getProperty("bench.jfr");
        for (int i = 0; i < Math.max(1, runs); i++) {
            setup.run();
            CpuSplit.awaitJitIdle();
            try (Recording r = dir == null ? null : startRecording()) {
                v.add(trial.seconds());
                if (r != null) {
                    Path file = Path.of(dir, name + "-" + (i + 1) + ".jfr");
                    Files.createDirectories(file.toAbsolutePath().getParent());
                    r.dump(file);
                    System.out.println("bench: profile of measured run " + (i + 1) + ": " + file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the JFR recording: " + e.getMessage(), e);
            }
        }
        return new Sample(v);
    }

    private static Recording startRecording() {
        try {
            Recording r = new Recording(Configuration.getConfiguration("profile"));
            r.start();
            return r;
        } catch (IOException | java.text.ParseException e) {
            throw new IllegalStateException("cannot start a JFR recording: " + e.getMessage(), e);
        }
    }

    static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    double median() {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    double min() { return Collections.min(values); }

    double max() { return Collections.max(values); }

    /** {@code work} per second: median with the range, e.g. {@code 1234 (1100–1300)}. */
    String rate(double work, String unit) {
        return String.format(Locale.ROOT, "%s %s (%s–%s, %d runs)", num(work / median()), unit,
                num(work / max()), num(work / min()), values.size());
    }

    /** Seconds: median with the range. */
    String secs() {
        return String.format(Locale.ROOT, "%.3f s (%.3f–%.3f, %d runs)", median(), min(), max(), values.size());
    }

    static String num(double v) {
        if (v >= 100) return String.format(Locale.ROOT, "%,.0f", v);
        if (v >= 10) return String.format(Locale.ROOT, "%.1f", v);
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
