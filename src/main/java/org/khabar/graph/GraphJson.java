package org.khabar.graph;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.khabar.article.Article;

/**
 * Writes document graphs as the extraction contract JSON ({@code ../shared/eval/README.md}):
 * one object per article, or {@code {"documents": [...]}} for several.
 *
 * <pre>{@code
 * try (GraphJson json = GraphJson.open(out, true)) { json.accept(graph); }
 * }</pre>
 */
public final class GraphJson implements GraphSink {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator gen;
    private final boolean many;

    private GraphJson(JsonGenerator gen, boolean many) {
        this.gen = gen;
        this.many = many;
    }

    /**
     * @param many true to wrap the articles in {@code {"documents": [...]}}, false for exactly one article
     */
    public static GraphJson open(OutputStream out, boolean many) {
        try {
            JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
            g.useDefaultPrettyPrinter();
            if (many) {
                g.writeStartObject();
                g.writeArrayFieldStart("documents");
            }
            return new GraphJson(g, many);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the JSON output: " + e.getMessage(), e);
        }
    }

    @Override
    public void accept(DocumentGraph graph) {
        try {
            write(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JSON of article " + graph.article().id()
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (many) {
                gen.writeEndArray();
                gen.writeEndObject();
            }
            gen.writeRaw('\n');
            gen.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the JSON output: " + e.getMessage(), e);
        }
    }

    private void write(DocumentGraph g) throws IOException {
        Article a = g.article();
        gen.writeStartObject();
        gen.writeStringField("id", a.id());
        gen.writeStringField("source", a.source());
        gen.writeStringField("text_sha256", a.sha256());
        gen.writeNumberField("chars", a.text().length());
        optional("url", a.url());
        optional("title", a.title());
        optional("published", a.published());
        optional("outlet", a.outlet());
        optional("author", a.author());

        gen.writeArrayFieldStart("entities");
        for (Entity e : g.entities()) {
            gen.writeStartObject();
            gen.writeStringField("id", e.id());
            gen.writeStringField("type", e.type().label());
            gen.writeStringField("name", e.name());
            optional("name_en", e.nameEn());
            strings("aliases", e.aliases());
            gen.writeArrayFieldStart("mentions");
            for (Span m : e.mentions()) {
                gen.writeStartObject();
                gen.writeNumberField("start", m.start());
                gen.writeNumberField("end", m.end());
                gen.writeStringField("text", m.text());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            if (!e.roles().isEmpty()) {
                gen.writeArrayFieldStart("roles");
                for (Role r : e.roles()) {
                    gen.writeStartObject();
                    gen.writeStringField("title", r.title());
                    optional("in", r.inId());
                    span("evidence", r.evidence());
                    gen.writeEndObject();
                }
                gen.writeEndArray();
            }
            gen.writeNumberField("confidence", e.confidence());
            gen.writeEndObject();
        }
        for (Event ev : g.events()) {
            gen.writeStartObject();
            gen.writeStringField("id", ev.id());
            gen.writeStringField("type", EntityType.EVENT.label());
            gen.writeStringField("name", ev.name());
            gen.writeStringField("kind", ev.kind());
            optional("cameo", ev.cameo());
            strings("participants", ev.participantIds());
            optional("place", ev.placeId());
            optional("date", ev.date());
            optional("date_text", ev.dateText());
            gen.writeStringField("modality", ev.modality().value());
            span("evidence", ev.evidence());
            gen.writeNumberField("confidence", ev.confidence());
            gen.writeEndObject();
        }
        gen.writeEndArray();

        gen.writeArrayFieldStart("relations");
        for (Statement s : g.statements()) {
            gen.writeStartObject();
            gen.writeStringField("id", s.id());
            gen.writeStringField("type", s.type().name());
            gen.writeStringField("subject", s.speakerId());
            gen.writeStringField("object", s.id());
            gen.writeStringField("cameo", s.type().cameo());
            optional("cue", s.cue());
            optional("quote", s.quote());
            strings("about", s.about());
            strings("targets", s.targets());
            optional("addressee", s.addresseeId());
            optional("date", s.date());
            optional("date_text", s.dateText());
            gen.writeStringField("modality", s.modality().value());
            gen.writeNumberField("confidence", s.confidence());
            span("evidence", s.evidence());
            gen.writeEndObject();
        }
        for (Meeting m : g.meetings()) {
            gen.writeStartObject();
            gen.writeStringField("id", m.id());
            gen.writeStringField("type", "MET_WITH");
            gen.writeStringField("subject", m.aId());
            gen.writeStringField("object", m.bId());
            optional("kind", m.kind());
            optional("cue", m.cue());
            optional("place", m.placeId());
            optional("event", m.eventId());
            optional("date", m.date());
            optional("date_text", m.dateText());
            gen.writeStringField("modality", m.modality().value());
            gen.writeNumberField("confidence", m.confidence());
            span("evidence", m.evidence());
            gen.writeEndObject();
        }
        for (var e : g.locatedIn().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).toList()) {
            gen.writeStartObject();
            gen.writeStringField("type", "LOCATED_IN");
            gen.writeStringField("subject", e.getKey());
            gen.writeStringField("object", e.getValue());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private void optional(String field, String value) throws IOException {
        if (value != null) gen.writeStringField(field, value);
    }

    private void strings(String field, List<String> values) throws IOException {
        gen.writeArrayFieldStart(field);
        for (String v : values) gen.writeString(v);
        gen.writeEndArray();
    }

    private void span(String field, Span s) throws IOException {
        gen.writeObjectFieldStart(field);
        gen.writeNumberField("start", s.start());
        gen.writeNumberField("end", s.end());
        gen.writeStringField("text", s.text());
        gen.writeEndObject();
    }
}
