package org.khabar.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Checks that what becomes an IRI is plain ASCII, and builds the few IRIs khabar derives itself. */
final class Iris {
    private static final String FORBIDDEN = "<>\"{}|\\^`";

    private Iris() {}

    /** Throws unless {@code iri} is an absolute http(s) IRI of printable ASCII with no characters Turtle would escape. */
    static String requireSafe(String iri, String what) {
        if (iri == null || iri.isEmpty()) {
            throw new IllegalStateException(what + " has no IRI; reload the graph with this khabar version");
        }
        if (!iri.startsWith("https://") && !iri.startsWith("http://")) {
            throw new IllegalStateException(what + " has IRI '" + iri + "' which is not an http(s) IRI");
        }
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= 0x20 || c >= 0x7f || FORBIDDEN.indexOf(c) >= 0) {
                throw new IllegalStateException(what + " has IRI '" + iri + "' with character U+"
                        + String.format("%04X", (int) c) + " at " + i + "; IRIs must be plain ASCII");
            }
        }
        return iri;
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters (for ids that go into a path segment). */
    static String segment(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }

    /** First 16 hex digits of the SHA-256 of the parts joined by U+001F: a stable, ASCII key. */
    static String hash(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] d = md.digest(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
