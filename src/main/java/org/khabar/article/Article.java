package org.khabar.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One news article as khabar reads it: the decoded text (BOM excluded) and its metadata.
 *
 * <pre>{@code
 * Article a = Article.of("samples/seed.txt", text);   // id derived from the content hash
 * }</pre>
 *
 * @param id        stable article id: from the URL when there is one, else from the content hash
 * @param source    where the article came from (file path, or file:line for JSONL), for messages
 * @param text      the decoded text; all offsets in khabar refer to this string
 * @param sha256    SHA-256 of {@code text} (UTF-8), hex
 * @param url       nullable
 * @param title     nullable
 * @param published nullable ISO date ({@code yyyy-MM-dd}) or date-time
 * @param outlet    nullable publisher name
 * @param author    nullable
 */
public record Article(String id, String source, String text, String sha256,
                      String url, String title, String published, String outlet, String author) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** An article with no metadata; its id is derived from the content hash. */
    public static Article of(String source, String text) {
        String sha = sha256(text);
        return new Article("a-" + sha.substring(0, 16), source, text, sha, null, null, null, null, null);
    }

    /**
     * An article with metadata. Its id is {@code u-} + 16 hex digits of the SHA-256 of the
     * normalized URL ({@link #normalizeUrl}) when there is a URL, else {@code a-} + the content hash
     * as in {@link #of(String, String)}. Blank metadata values become null; values are otherwise
     * kept as given (normalize the date first, e.g. with {@link Dates#normalize}).
     */
    public static Article of(String source, String text, String url, String title, String published,
                             String outlet, String author) {
        String sha = sha256(text);
        String u = blankToNull(url);
        String id = u == null ? "a-" + sha.substring(0, 16) : "u-" + sha256(normalizeUrl(u)).substring(0, 16);
        return new Article(id, source, text, sha, u, blankToNull(title), blankToNull(published),
                blankToNull(outlet), blankToNull(author));
    }

    /**
     * The form of a URL that the article id is computed from: trimmed, scheme and host in lower
     * case, default port and fragment dropped, an empty path written as {@code /}.
     */
    public static String normalizeUrl(String url) {
        String u = url.strip();
        try {
            java.net.URI uri = new java.net.URI(u);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) return u;
            String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            String auth = uri.getRawAuthority().toLowerCase(java.util.Locale.ROOT);
            if (scheme.equals("http") && auth.endsWith(":80")) auth = auth.substring(0, auth.length() - 3);
            if (scheme.equals("https") && auth.endsWith(":443")) auth = auth.substring(0, auth.length() - 4);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return scheme + "://" + auth + path + query;
        } catch (java.net.URISyntaxException e) {
            return u;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
