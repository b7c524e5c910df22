package org.khabar.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The results of one harness run: a Markdown table (what, measured, baseline, ratio, target,
 * verdict) plus free-form notes, printed and written to {@code results.md}.
 */
final class Report {
    /** One line of the table; {@code verdict} is {@code met}, {@code MISSED} or empty when there is no target. */
    record Row(String what, String measured, String baseline, String ratio, String target, String verdict) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void row(String what, String measured, String baseline, String ratio, String target, Boolean met) {
        rows.add(new Row(what, measured, baseline, ratio, target, met == null ? "" : met ? "met" : "MISSED"));
        System.out.println("bench: " + what + ": " + measured + (baseline.isEmpty() ? "" : " | baseline " + baseline)
                + (ratio.isEmpty() ? "" : " | ratio " + ratio) + (target.isEmpty() ? "" : " | target " + target
                + " " + (met == null ? "" : met ? "met" : "MISSED")));
    }

    void note(String text) {
        notes.add(text);
        System.out.println("bench: " + text);
    }

    List<Row> rows() { return List.copyOf(rows); }

    String markdown(String header) {
        StringBuilder b = new StringBuilder();
        b.append("```\n").append(header).append("\n```\n\n");
        b.append("| what | measured (median, min–max) | baseline (same run) | ratio | target | verdict |\n");
        b.append("|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            b.append("| ").append(r.what()).append(" | ").append(r.measured()).append(" | ").append(r.baseline())
                    .append(" | ").append(r.ratio()).append(" | ").append(r.target()).append(" | ")
                    .append(r.verdict()).append(" |\n");
        }
        if (!notes.isEmpty()) {
            b.append('\n');
            for (String n : notes) b.append("- ").append(n).append('\n');
        }
        return b.toString();
    }

    void write(Path file, String header) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, markdown(header), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + file + ": " + e.getMessage(), e);
        }
    }
}
