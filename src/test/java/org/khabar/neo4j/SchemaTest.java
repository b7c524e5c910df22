package org.khabar.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.khabar.graph.EntityType;
import org.junit.jupiter.api.Test;

class SchemaTest {
    @Test
    void everyStatementIsIdempotent() {
        List<String> statements = Schema.statements();
        assertThat(statements).hasSizeGreaterThan(15).allSatisfy(s -> {
            assertThat(s).contains("IF NOT EXISTS").doesNotEndWith(";").doesNotContain("//");
        });
    }

    @Test
    void everyLabelHasAUniqueIdConstraint() {
        String all = String.join("\n", Schema.statements());
        for (String label : List.of("Article", "Entity", "Statement", "Event")) {
            assertThat(all).contains("FOR (n:" + label + ") REQUIRE n.id IS UNIQUE");
        }
        for (EntityType t : EntityType.values()) {
            assertThat(all).contains("FOR (n:" + t.label() + ") REQUIRE n.id IS UNIQUE");
        }
    }

    @Test
    void fullTextIndexesUseTheArabicAnalyzer() {
        assertThat(Schema.statements()).filteredOn(s -> s.startsWith("CREATE FULLTEXT INDEX")).hasSize(2)
                .allSatisfy(s -> assertThat(s).contains("`fulltext.analyzer`: 'arabic'")
                        .contains("`fulltext.eventually_consistent`: true"));
    }
}
