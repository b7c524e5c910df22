package org.khabar.lexicon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.khabar.text.ArabicNormalizer;

/** Deterministic ASCII entity ids: {@code person:<first 12 hex of SHA-256 of the name key>}. */
public final class Ids {
    private Ids() {}

    /** One digest per thread: {@link MessageDigest#getInstance} looks the algorithm up among the providers at each call. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public static String hashed(String prefix, String name) {
        String key = ArabicNormalizer.key(name);
        byte[] d = SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8)); // digest() also resets it
        char[] out = new char[prefix.length() + 1 + 12];
        prefix.getChars(0, prefix.length(), out, 0);
        int p = prefix.length();
        out[p++] = ':';
        for (int i = 0; i < 6; i++) { // the first 12 hex digits, lower case
            out[p++] = HEX[(d[i] >> 4) & 0xF];
            out[p++] = HEX[d[i] & 0xF];
        }
        return new String(out);
    }
}
