package org.khabar.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the lexicon TSV format: UTF-8, {@code #} comment lines, a header line first, tab-separated
 * columns, {@code |}-separated variants. Resources come from the classpath
 * ({@code org/khabar/lexicon/NAME}) unless the system property {@code khabar.lexicon.dir} names a
 * directory that holds a file of that name.
 */
public final class Tsv {
    static final String BASE = "org/khabar/lexicon/";

    private final String source;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    /** One data line: its line number (for messages) and cells. */
    public record Row(int line, String[] cells) {}

    private Tsv(String source, Map<String, Integer> columns, List<Row> rows) {
        this.source = source;
        this.columns = columns;
        this.rows = rows;
    }

    /** The named lexicon file, or null when neither the override directory nor the classpath has it. */
    public static Tsv openOptional(String name) {
        String dir = System.getProperty("khabar.lexicon.dir");
        if (dir != null && Files.isRegularFile(Path.of(dir, name))) {
            try (InputStream in = Files.newInputStream(Path.of(dir, name))) {
                return read(Path.of(dir, name).toString(), in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lexicon file " + Path.of(dir, name) + ": " + e.getMessage(), e);
            }
        }
        return fromClasspath(BASE + name);
    }

    /** The named lexicon file; fails with a clear message when it is missing. */
    public static Tsv open(String name) {
        Tsv t = openOptional(name);
        if (t == null) throw new IllegalStateException("lexicon resource " + BASE + name + " is missing from the classpath; rebuild khabar");
        return t;
    }

    /** A TSV file from the classpath, or null when absent. */
    public static Tsv fromClasspath(String resource) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) return null;
        try (in) {
            return read(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + resource + ": " + e.getMessage(), e);
        }
    }

    static Tsv read(String source, InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Integer> cols = null;
        List<Row> rows = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
            if (cols == null) {
                cols = new HashMap<>();
                for (int i = 0; i < cells.length; i++) cols.put(cells[i].toLowerCase(Locale.ROOT), i);
            } else {
                rows.add(new Row(n, cells));
            }
        }
        if (cols == null) throw new IllegalStateException("lexicon file " + source + " has no header line");
        return new Tsv(source, cols, rows);
    }

    public List<Row> rows() { return rows; }

    public boolean has(String column) { return columns.containsKey(column); }

    /** The cell of a column, "" when the row is short or the column unknown; "-" counts as empty. */
    public String get(Row row, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= row.cells().length) return "";
        String v = row.cells()[i];
        return v.equals("-") ? "" : v;
    }

    /** The '|'-separated variants of a cell, without empty ones. */
    public List<String> list(Row row, String column) {
        String v = get(row, column);
        List<String> out = new ArrayList<>();
        if (v.isEmpty()) return out;
        for (String s : v.split("\\|")) {
            String t = s.strip();
            if (!t.isEmpty() && !t.equals("-")) out.add(t);
        }
        return out;
    }

    /** A required cell: fails naming the file and line when it is empty. */
    public String require(Row row, String column) {
        String v = get(row, column);
        if (v.isEmpty()) {
            throw new IllegalStateException("lexicon file " + source + " line " + row.line() + ": column '" + column + "' is empty");
        }
        return v;
    }

    public String source() { return source; }
}
