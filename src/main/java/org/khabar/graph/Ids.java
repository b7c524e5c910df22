package org.khabar.graph;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * khabar's resource IRIs, shared by the Neo4j loader ({@code uri} property) and the RDF exporter.
 *
 * <pre>{@code
 * Ids.uri("country:RU")   // https://w3id.org/khabar/resource/country/RU
 * Ids.uri("a-1f2e-s3")    // https://w3id.org/khabar/resource/statement/a-1f2e-s3
 * Ids.articleUri("a-1f2e") // https://w3id.org/khabar/resource/article/a-1f2e
 * }</pre>
 *
 * <p>Rules: an entity id {@code prefix:rest} ({@code prefix} lower-case ASCII letters) becomes
 * {@code prefix/rest}; an id ending in {@code -s<n>}, {@code -m<n>}, {@code -e<n>} becomes
 * {@code statement/…}, {@code meeting/…}, {@code event/…}; anything else is an article id. Every
 * character outside {@code A-Z a-z 0-9 - . _ ~} of {@code rest} is percent-encoded (UTF-8), so
 * the result is always ASCII and stable.
 */
public final class Ids {
    public static final String BASE = "https://w3id.org/khabar/resource/";

    private static final Pattern PREFIXED = Pattern.compile("([a-z]+):(.+)", Pattern.DOTALL);
    private static final Pattern STATEMENT = Pattern.compile(".+-s\\d+", Pattern.DOTALL);
    private static final Pattern MEETING = Pattern.compile(".+-m\\d+", Pattern.DOTALL);
    private static final Pattern EVENT = Pattern.compile(".+-e\\d+", Pattern.DOTALL);
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Ids() {}

    /** The IRI of an entity, statement, meeting, event or article id. */
    public static String uri(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty()) throw new IllegalArgumentException("id must not be empty");
        var m = PREFIXED.matcher(id);
        if (m.matches()) return BASE + m.group(1) + "/" + encode(m.group(2));
        if (STATEMENT.matcher(id).matches()) return BASE + "statement/" + encode(id);
        if (MEETING.matcher(id).matches()) return BASE + "meeting/" + encode(id);
        if (EVENT.matcher(id).matches()) return BASE + "event/" + encode(id);
        return articleUri(id);
    }

    /** The IRI of an article id, whatever it looks like. */
    public static String articleUri(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return BASE + "article/" + encode(articleId);
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters. */
    static String encode(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return b.toString();
    }
}
