package org.khabar.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphStatsTest {
    @Test
    void jsonHasExactlyTheAgreedShape() {
        GraphStats s = new GraphStats(12, 30, Map.of("Person", 3L, "Article", 1L), Map.of("STATED", 4L));
        assertThat(s.toJson()).isEqualTo(
                "{\"nodes\": 12, \"relationships\": 30, \"labels\": {\"Article\": 1, \"Person\": 3}, \"types\": {\"STATED\": 4}}");
        assertThat(new GraphStats(0, 0, Map.of(), Map.of()).toJson())
                .isEqualTo("{\"nodes\": 0, \"relationships\": 0, \"labels\": {}, \"types\": {}}");
    }

    @Test
    void tableListsLabelsAndTypes() {
        String t = new GraphStats(12, 30, Map.of("Person", 3L), Map.of("MET_WITH", 2L)).toTable();
        assertThat(t).contains("nodes").contains("12").contains("Person").contains("MET_WITH");
    }
}
