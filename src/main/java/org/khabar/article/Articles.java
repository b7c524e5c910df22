package org.khabar.article;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * Reading articles: the front door of the {@code article} package.
 *
 * <pre>{@code
 * try (ArticleStream articles = Articles.open(List.of("corpus/", "extra.jsonl.gz", "-"), ReadOptions.defaults())) {
 *     for (ReadResult r : articles) {
 *         if (r instanceof ReadResult.Ok ok) graph(ok.article());
 *         else if (r instanceof ReadResult.Failed f) System.err.println("khabar: " + f);
 *     }
 * }
 * }</pre>
 *
 * <p>An input is a file, a directory (walked recursively in name order, files matching
 * {@link ReadOptions#include()}) or {@code -} for standard input. The format follows the file
 * name: {@code .jsonl}, {@code .ndjson} (optionally {@code .gz}) hold one JSON article per line;
 * {@code .json} one object or an array; {@code .html}/{@code .htm} a web page whose main text is
 * kept; anything else is plain text. Standard input is sniffed (gzip, JSON lines, JSON array,
 * HTML, text). Text and HTML are decoded from UTF-8, UTF-16 with a BOM, or Windows-1256 Arabic;
 * the text is never altered otherwise (offsets refer to it). Problems with one file or line become
 * a {@link ReadResult.Failed} and the stream goes on. Reading is lazy: memory does not grow with
 * the number of articles.
 */
public final class Articles {
    private Articles() {}

    /** Opens the inputs with the given options; standard input is {@link System#in}. */
    public static ArticleStream open(List<String> inputs, ReadOptions options) {
        return open(inputs, options, System.in);
    }

    /** Opens the inputs with {@link ReadOptions#defaults()}. */
    public static ArticleStream open(List<String> inputs) {
        return open(inputs, ReadOptions.defaults());
    }

    /** Opens the inputs; {@code -} reads {@code stdin}. */
    public static ArticleStream open(List<String> inputs, ReadOptions options, InputStream stdin) {
        if (inputs == null || inputs.isEmpty()) throw new IllegalArgumentException("inputs: give at least one file, directory or -");
        if (options == null) throw new IllegalArgumentException("options must not be null (use ReadOptions.defaults())");
        return new ArticleStream(new InputWalker(inputs, options.include(), stdin), options,
                () -> InputWalker.totalBytes(inputs, options.include()));
    }

    enum Format { TEXT, HTML, JSONL, JSON, SNIFF }

    /** The reader for one input; problems opening it become a single Failed. */
    static Reader reader(Input in, ReadOptions options) throws IOException {
        return reader(in, options, new AtomicLong());
    }

    /** The reader for one input, adding the raw bytes it consumes (compressed bytes for .gz) to {@code consumed}. */
    static Reader reader(Input in, ReadOptions options, AtomicLong consumed) throws IOException {
        String name = in.lowerName();
        boolean gz = name.endsWith(".gz");
        String inner = gz ? name.substring(0, name.length() - 3) : name;
        Format f = in.isStdin() ? Format.SNIFF : format(inner);
        if (!gz && (f == Format.TEXT || f == Format.HTML || f == Format.SNIFF) && !in.isStdin()) {
            long size = Files.size(in.path());
            if (size > options.maxBytes()) {
                return Reader.of(new ReadResult.Failed(in.name(), 0, "file of " + size + " bytes is larger than the "
                        + megabytes(options.maxBytes()) + " limit (raise it with --max-size)"));
            }
        }
        InputStream s = new BufferedInputStream(new CountingInputStream(in.open(), consumed), 64 * 1024);
        try {
            if (gz) s = new BufferedInputStream(new GZIPInputStream(s, 64 * 1024), 64 * 1024);
            if (f == Format.SNIFF) {
                s = gunzipIfGzip(s);
                f = sniff(s);
            }
            JsonArticles json = new JsonArticles(options);
            switch (f) {
                case JSONL: return json.jsonl(in.name(), s);
                case JSON: return json.json(in.name(), s);
                default:
                    try (InputStream closing = s) {
                        return Reader.of(document(in.name(), closing, f == Format.HTML, options));
                    }
            }
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    static Format format(String lowerName) {
        if (lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson")) return Format.JSONL;
        if (lowerName.endsWith(".json")) return Format.JSON;
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm") || lowerName.endsWith(".xhtml")) return Format.HTML;
        if (lowerName.endsWith(".txt") || lowerName.endsWith(".text")) return Format.TEXT;
        return Format.SNIFF;
    }

    private static InputStream gunzipIfGzip(InputStream s) throws IOException {
        s.mark(2);
        int a = s.read();
        int b = s.read();
        s.reset();
        if (a == 0x1f && b == 0x8b) return new BufferedInputStream(new GZIPInputStream(s, 64 * 1024), 64 * 1024);
        return s;
    }

    /** Looks at the first bytes: JSON lines, a JSON array, HTML, or text. */
    private static Format sniff(InputStream s) throws IOException {
        byte[] head = new byte[4096];
        s.mark(head.length);
        int n = s.readNBytes(head, 0, head.length);
        s.reset();
        int i = 0;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) i = 3;
        while (i < n && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) i++;
        if (i >= n) return Format.TEXT;
        if (head[i] == '{') return Format.JSONL;
        if (head[i] == '[') return Format.JSON;
        String start = new String(head, i, Math.min(n - i, 64), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || start.startsWith("<body") || start.startsWith("<article") || start.startsWith("<meta")) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    private static ReadResult document(String source, InputStream s, boolean html, ReadOptions options) throws IOException {
        byte[] bytes = readLimited(s, options.maxBytes());
        if (bytes == null) {
            return new ReadResult.Failed(source, 0, "input is larger than the " + megabytes(options.maxBytes())
                    + " limit (raise it with --max-size)");
        }
        if (bytes.length == 0) return new ReadResult.Failed(source, 0, "empty file");
        TextDecoder.Decoded d = TextDecoder.decode(bytes, html);
        if (d.failed()) return new ReadResult.Failed(source, 0, d.error());
        List<String> warnings = new ArrayList<>();
        if (d.warning() != null) warnings.add(d.warning());
        if (Scripts.isBlank(d.text())) return new ReadResult.Failed(source, 0, "empty file (only whitespace)");
        if (!html) return ok(source, d.text(), null, null, null, null, null, warnings);
        HtmlText.Page page = HtmlText.parse(d.text());
        if (Scripts.isBlank(page.text())) return new ReadResult.Failed(source, 0, "no article text found in the HTML page");
        return ok(source, page.text(), page.url(), page.title(), page.published(), null, page.author(), warnings);
    }

    /** All bytes, or null when there are more than {@code max}; never holds more than max + 1 bytes. */
    private static byte[] readLimited(InputStream s, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = s.read(buf)) > 0) {
            total += n;
            if (total > max) return null;
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** An Ok result with the date normalized and the usual warnings added. */
    static ReadResult.Ok ok(String source, String text, String url, String title, String published,
                            String outlet, String author, List<String> warnings) {
        List<String> w = new ArrayList<>(warnings);
        String date = Dates.normalize(published);
        if (date == null && published != null && !published.isBlank()) {
            w.add(ReadResult.Ok.BAD_DATE + " '" + published.strip() + "' (left out)");
        }
        if (Scripts.mostlyNotArabic(text)) w.add(ReadResult.Ok.NOT_ARABIC);
        return new ReadResult.Ok(Article.of(source, text, url, title, date, outlet, author), w);
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
