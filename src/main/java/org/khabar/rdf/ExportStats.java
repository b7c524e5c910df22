package org.khabar.rdf;

import java.util.List;

/**
 * What one export wrote.
 *
 * @param triples  triples (or quads) sent to the stream
 * @param examples IRIs of a person, a statement and a meeting, for the VoID description
 */
public record ExportStats(long triples, int articles, int entities, int statements, int meetings,
                          int events, List<String> examples) {
    public ExportStats {
        examples = List.copyOf(examples);
    }
}
