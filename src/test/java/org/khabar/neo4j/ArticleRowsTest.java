package org.khabar.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rows the loader writes: every property a row carries is one the loader's {@code CREATE} writes. */
class ArticleRowsTest {
    private static final ArticleRows SEED = ArticleRows.of(SeedGraph.graph());

    @Test
    void theSeedHasEveryKindOfRow() {
        assertThat(SEED.statements()).isNotEmpty();
        assertThat(SEED.events()).isNotEmpty();
        assertThat(SEED.meetings()).isNotEmpty();
        assertThat(SEED.roles()).isNotEmpty();
    }

    @Test
    void statementEventMeetingAndRolePropertiesAreTheListedKeys() {
        assertKeys(SEED.statements(), ArticleRows.STATEMENT_KEYS);
        assertKeys(SEED.events(), ArticleRows.EVENT_KEYS);
        assertKeys(SEED.meetings(), ArticleRows.MEETING_KEYS);
        assertKeys(SEED.roles(), ArticleRows.ROLE_KEYS);
    }

    @Test
    void aLiteralReadsEachKeyFromTheRow() {
        assertThat(ArticleRows.literal("row.props", List.of("id", "start")))
                .isEqualTo("{id: row.props.id, start: row.props.start}");
    }

    @Test
    void entityReferencesAreReplacedByElementIdsAndPropertiesKept() {
        Map<String, Object> row = Map.of("speaker", "person:x", "about", List.of("country:SA", "person:x"),
                "type", "STATED", "props", Map.of("id", "s1"));
        Map<String, Object> out = ArticleRows.withElements(row,
                Map.of("person:x", "4:db:1", "country:SA", "4:db:2"));
        assertThat(out).containsEntry("speaker", "4:db:1").containsEntry("about", List.of("4:db:2", "4:db:1"))
                .containsEntry("type", "STATED").containsEntry("props", Map.of("id", "s1"));
    }

    @SuppressWarnings("unchecked")
    private static void assertKeys(List<Map<String, Object>> rows, List<String> keys) {
        for (Map<String, Object> row : rows) {
            assertThat(keys).containsAll(((Map<String, Object>) row.get("props")).keySet());
        }
    }
}
