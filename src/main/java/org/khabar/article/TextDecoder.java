package org.khabar.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a text or HTML file into a string without changing the text: a BOM picks
 * UTF-8 or UTF-16; otherwise strict UTF-8, then a declared HTML charset, then Windows-1256
 * accepted only when the result reads as Arabic. The BOM is never part of the text.
 */
final class TextDecoder {
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    /** Tags, comments, scripts and styles: what is not prose in a page, for judging a candidate decoding. */
    private static final Pattern MARKUP = Pattern.compile(
            "(?is)<script.*?</script>|<style.*?</style>|<!--.*?-->|<[^>]*>|&[a-z#0-9]{1,10};");
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{2,40})");

    /** The decoded text, or why it could not be decoded ({@code text == null}). */
    record Decoded(String text, String warning, String error) {
        static Decoded ok(String text, String warning) { return new Decoded(text, warning, null); }
        static Decoded failed(String error) { return new Decoded(null, null, error); }
        boolean failed() { return error != null; }
    }

    private TextDecoder() {}

    static Decoded decode(byte[] b, boolean html) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) return strict(b, 3, StandardCharsets.UTF_8, "UTF-8 (with BOM)");
        if (startsWith(b, 0xFF, 0xFE)) return strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE (with BOM)");
        if (startsWith(b, 0xFE, 0xFF)) return strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE (with BOM)");
        int nul = indexOf(b, (byte) 0);
        if (nul >= 0) {
            return Decoded.failed("binary file, not text (NUL byte at byte offset " + nul
                    + "; UTF-16 text needs a byte order mark)");
        }
        String utf8 = strictOrNull(b, 0, StandardCharsets.UTF_8);
        if (utf8 != null) return check(utf8, null);
        long[] stats = utf8Stats(b);
        long validMultibyte = stats[0];
        long invalid = stats[1];
        long firstBad = stats[2];
        if (html) {
            Charset declared = declaredCharset(b);
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                String d = strictOrNull(b, 0, declared);
                if (d != null) return check(d, "decoded as " + declared.name() + " (declared in the page)");
            }
        }
        if (validMultibyte > invalid) {
            return Decoded.failed("not valid UTF-8: malformed bytes (first at byte offset " + firstBad
                    + "); repair or re-encode the file as UTF-8");
        }
        String cp1256 = new String(b, WINDOWS_1256);
        if (Scripts.looksLikeArabic(html ? MARKUP.matcher(cp1256).replaceAll(" ") : cp1256)) {
            return check(cp1256, ReadResult.Ok.WINDOWS_1256);
        }
        return Decoded.failed("cannot tell the text encoding: not UTF-8 (malformed byte at byte offset " + firstBad
                + "), not UTF-16 with a byte order mark, not Windows-1256 Arabic; convert the file to UTF-8");
    }

    private static String strictOrNull(byte[] b, int skip, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Decoded strict(byte[] b, int skip, Charset cs, String name) {
        try {
            String s = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
            return check(s, null);
        } catch (CharacterCodingException e) {
            return Decoded.failed("not valid " + name + " text (" + e.getMessage() + ")");
        }
    }

    /** Rejects text that is really binary: NULs or many control characters. */
    private static Decoded check(String s, String warning) {
        long controls = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) return Decoded.failed("binary file, not text (NUL character at offset " + i + ")");
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B) || c == 0x7F) controls++;
        }
        if (controls > 8 && controls * 100 > s.length()) {
            return Decoded.failed("binary file, not text (" + controls + " control characters)");
        }
        return Decoded.ok(s, warning);
    }

    /** {valid multi-byte sequences, invalid bytes, offset of the first invalid byte}. */
    private static long[] utf8Stats(byte[] b) {
        long valid = 0;
        long invalid = 0;
        long first = -1;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int need = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (need == 0) { i++; continue; }
            boolean ok = need > 0;
            if (ok) {
                for (int k = 1; k <= need; k++) {
                    if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) { ok = false; break; }
                }
            }
            if (ok) {
                valid++;
                i += need + 1;
            } else {
                invalid++;
                if (first < 0) first = i;
                i++;
            }
        }
        return new long[] {valid, invalid, first};
    }

    private static Charset declaredCharset(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return null;
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) if (b[i] == x) return i;
        return -1;
    }
}
