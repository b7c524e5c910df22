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

    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
