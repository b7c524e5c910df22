package org.khabar.lexicon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.khabar.text.ArabicNormalizer;

/** Deterministic ASCII entity ids: {@code person:<first 12 hex of SHA-256 of the name key>}. */
public final class Ids {
    private Ids() {}

    public static String hashed(String prefix, String name) {
        String key = ArabicNormalizer.key(name);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return prefix + ":" + HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
