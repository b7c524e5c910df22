package org.khabar.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How {@link Articles} reads its inputs. Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * ReadOptions o = ReadOptions.builder()
 *         .include("*.jsonl.gz")          // replaces the default include patterns
 *         .field("text=body")             // JSONL/JSON: the text is in "body"
 *         .maxBytes(50L << 20)
 *         .failFast(true)
 *         .build();
 * }</pre>
 *
 * @param include   glob patterns matched against file names when walking directories
 *                  (files named explicitly are always read)
 * @param fields    JSON field names to try, in order, for each article property: keys are
 *                  {@code text, title, url, published, outlet, author}
 * @param maxBytes  largest article accepted, in bytes (a whole text/HTML file, or one JSONL line);
 *                  bigger inputs become a {@link ReadResult.Failed}
 * @param failFast  stop the stream after the first failure
 */
public record ReadOptions(List<String> include, Map<String, List<String>> fields, long maxBytes,
                          boolean failFast) {

    /** Default include patterns for directories. */
    public static final List<String> DEFAULT_INCLUDE =
            List.of("*.txt", "*.html", "*.htm", "*.jsonl", "*.jsonl.gz", "*.json");

    /** The article properties that can be mapped to JSON fields. */
    public static final List<String> PROPERTIES =
            List.of("text", "title", "url", "published", "outlet", "author");

    /** Default JSON field names for each property, tried in order. */
    public static final Map<String, List<String>> DEFAULT_FIELDS = defaultFields();

    /** 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public ReadOptions {
        include = List.copyOf(include);
        if (include.isEmpty()) throw new IllegalArgumentException("include: give at least one pattern");
        Map<String, List<String>> f = new LinkedHashMap<>(DEFAULT_FIELDS);
        for (var e : fields.entrySet()) f.put(property(e.getKey()), List.copyOf(e.getValue()));
        fields = java.util.Collections.unmodifiableMap(f);
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }

    /** The defaults: {@link #DEFAULT_INCLUDE}, {@link #DEFAULT_FIELDS}, 20 MB, no fail-fast. */
    public static ReadOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.include = new ArrayList<>(include);
        b.fields = new LinkedHashMap<>(fields);
        b.maxBytes = maxBytes;
        b.failFast = failFast;
        return b;
    }

    /** The JSON field names for one property ({@code text}, {@code title}, …). */
    public List<String> fieldNames(String property) {
        return fields.getOrDefault(property(property), List.of());
    }

    private static String property(String name) {
        String p = name.trim().toLowerCase(Locale.ROOT);
        p = switch (p) {
            case "date", "date_extracted", "published_time" -> "published";
            case "source", "publisher" -> "outlet";
            case "content", "body" -> "text";
            case "link" -> "url";
            default -> p;
        };
        if (!PROPERTIES.contains(p)) {
            throw new IllegalArgumentException("unknown article field '" + name + "': use one of " + PROPERTIES);
        }
        return p;
    }

    private static Map<String, List<String>> defaultFields() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("text", List.of("content", "text", "body"));
        m.put("title", List.of("title", "headline"));
        m.put("url", List.of("url", "link"));
        m.put("published", List.of("date_extracted", "published", "date"));
        m.put("outlet", List.of("source", "outlet"));
        m.put("author", List.of("author"));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Builds {@link ReadOptions}; starts from the defaults. */
    public static final class Builder {
        private List<String> include = new ArrayList<>(DEFAULT_INCLUDE);
        private Map<String, List<String>> fields = new LinkedHashMap<>();
        private long maxBytes = DEFAULT_MAX_BYTES;
        private boolean failFast;

        private Builder() {}

        /** Replaces the include patterns; each argument may itself be a comma-separated list. */
        public Builder include(String... patterns) {
            return include(Arrays.asList(patterns));
        }

        /** Replaces the include patterns; each element may itself be a comma-separated list. */
        public Builder include(List<String> patterns) {
            List<String> out = new ArrayList<>();
            for (String p : patterns) {
                for (String part : p.split(",")) {
                    if (!part.isBlank()) out.add(part.trim());
                }
            }
            this.include = out;
            return this;
        }

        /** Maps a property to JSON field names tried in order, e.g. {@code field("text", "body", "article")}. */
        public Builder field(String property, String... jsonNames) {
            Objects.requireNonNull(property, "property");
            if (jsonNames.length == 0) throw new IllegalArgumentException("field " + property + ": give a JSON field name");
            fields.put(property(property), List.of(jsonNames));
            return this;
        }

        /** Parses a mapping like {@code text=body} or {@code text=body,article} (as given to {@code --field}). */
        public Builder field(String spec) {
            Objects.requireNonNull(spec, "spec");
            int eq = spec.indexOf('=');
            if (eq <= 0 || eq == spec.length() - 1) {
                throw new IllegalArgumentException("field mapping '" + spec + "': write it as PROPERTY=JSON_FIELD, e.g. text=body");
            }
            String[] names = Arrays.stream(spec.substring(eq + 1).split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).toArray(String[]::new);
            return field(spec.substring(0, eq), names);
        }

        public Builder maxBytes(long maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        public Builder failFast(boolean failFast) {
            this.failFast = failFast;
            return this;
        }

        public ReadOptions build() {
            return new ReadOptions(include, fields, maxBytes, failFast);
        }
    }
}
