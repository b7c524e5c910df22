package org.khabar.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Articles from JSON objects: one per line (JSONL), or a {@code .json} file holding one object or an array. */
final class JsonArticles {
    private final ReadOptions options;
    private final ObjectMapper mapper;

    JsonArticles(ReadOptions options) {
        this.options = options;
        int maxString = (int) Math.min(Integer.MAX_VALUE, Math.max(options.maxBytes(), 1 << 20));
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxString).build())
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    /** Reads a JSONL stream lazily. */
    Reader jsonl(String source, InputStream in) {
        LineReader lines = new LineReader(in, options.maxBytes());
        return new Reader() {
            boolean sawContent;
            boolean stopped;

            @Override
            ReadResult read() throws IOException {
                while (!stopped) {
                    LineReader.Line l = lines.next();
                    if (l == null) return null;
                    if (l.tooLong()) {
                        return new ReadResult.Failed(source, l.number(), "line of " + l.length()
                                + " bytes is larger than the " + Articles.megabytes(options.maxBytes()) + " limit");
                    }
                    byte[] b = l.bytes();
                    int skip = l.number() == 1 && b.length >= 3 && (b[0] & 0xFF) == 0xEF
                            && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
                    if (blank(b, skip)) continue;
                    if (!sawContent && indexOfNul(b) >= 0) {
                        stopped = true;
                        return new ReadResult.Failed(source, l.number(), "binary file, not JSON lines (NUL byte)");
                    }
                    sawContent = true;
                    String json;
                    try {
                        json = StandardCharsets.UTF_8.newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)
                                .decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
                    } catch (CharacterCodingException e) {
                        return new ReadResult.Failed(source, l.number(), "not valid UTF-8 (JSONL must be UTF-8)");
                    }
                    JsonNode node;
                    try {
                        node = mapper.readTree(json);
                    } catch (JsonProcessingException e) {
                        return new ReadResult.Failed(source, l.number(), "malformed JSON: " + e.getOriginalMessage());
                    }
                    return article(node, source, l.number());
                }
                return null;
            }

            @Override
            void close() throws IOException {
                in.close();
            }
        };
    }

    /** Reads a JSON document holding one article object or an array of them, element by element. */
    Reader json(String source, InputStream in) throws IOException {
        JsonParser p = mapper.createParser(in);
        return new Reader() {
            boolean started;
            boolean array;
            boolean done;

            @Override
            ReadResult read() throws IOException {
                if (done) return null;
                long line = 0;
                try {
                    if (!started) {
                        started = true;
                        JsonToken t = p.nextToken();
                        line = p.currentTokenLocation().getLineNr();
                        if (t == null) { done = true; return new ReadResult.Failed(source, 0, "empty file"); }
                        if (t == JsonToken.START_OBJECT) {
                            done = true;
                            return article(mapper.readTree(p), source, line);
                        }
                        if (t != JsonToken.START_ARRAY) {
                            done = true;
                            return new ReadResult.Failed(source, line, "expected a JSON object or an array of objects");
                        }
                        array = true;
                    }
                    JsonToken t = p.nextToken();
                    line = p.currentTokenLocation().getLineNr();
                    if (t == JsonToken.END_ARRAY || t == null) { done = true; return null; }
                    if (t != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        return new ReadResult.Failed(source, line, "array element is not a JSON object");
                    }
                    return article(mapper.readTree(p), source, line);
                } catch (StreamConstraintsException e) {
                    done = true;
                    return new ReadResult.Failed(source, line, "a JSON value is larger than the "
                            + Articles.megabytes(options.maxBytes()) + " limit (" + e.getOriginalMessage() + ")");
                } catch (JsonProcessingException e) {
                    done = true;
                    long at = e.getLocation() != null ? e.getLocation().getLineNr() : line;
                    return new ReadResult.Failed(source, Math.max(at, 0), "malformed JSON: " + e.getOriginalMessage());
                }
            }

            @Override
            void close() throws IOException {
                p.close();
                in.close();
            }
        };
    }

    private ReadResult article(JsonNode node, String source, long line) {
        if (node == null || !node.isObject()) return new ReadResult.Failed(source, line, "not a JSON object");
        List<String> warnings = new ArrayList<>();
        String text = field(node, "text", warnings);
        if (text == null || Scripts.isBlank(text)) return new ReadResult.Failed(source, line, "empty content");
        return Articles.ok(source + ":" + line, text, field(node, "url", warnings), field(node, "title", warnings),
                field(node, "published", warnings), field(node, "outlet", warnings), field(node, "author", warnings),
                warnings);
    }

    private String field(JsonNode node, String property, List<String> warnings) {
        for (String name : options.fieldNames(property)) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull() || v.isContainerNode()) continue;
            String s = v.asText();
            if (Scripts.isBlank(s)) continue;
            String fixed = replaceLoneSurrogates(s);
            if (fixed != s && !warnings.contains(ReadResult.Ok.LONE_SURROGATE)) warnings.add(ReadResult.Ok.LONE_SURROGATE);
            return fixed;
        }
        return null;
    }

    /** The string with each unpaired surrogate replaced by U+FFFD (same length), or the same instance. */
    static String replaceLoneSurrogates(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                if (c == null) c = s.toCharArray();
                c[i] = '\uFFFD';
            }
        }
        return c == null ? s : new String(c);
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) if (b[i] == 0) return i;
        return -1;
    }

    private static boolean blank(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') return false;
        }
        return true;
    }
}
