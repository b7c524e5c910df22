package org.khabar.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ResearchQueryTest {
    @Test
    void everyQueryFileIsListedAndEveryListedQueryExists() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("cypher", "queries"))) {
            assertThat(files.map(p -> p.getFileName().toString().replaceFirst("\\.cypher$", "")))
                    .containsExactlyInAnyOrderElementsOf(ResearchQuery.NAMES);
        }
        assertThat(ResearchQuery.NAMES).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void everyQueryHasAHeaderAndOnlyDocumentedParameters() {
        for (ResearchQuery q : ResearchQuery.all()) {
            assertThat(q.title()).as(q.name()).isNotBlank();
            assertThat(q.example()).as(q.name()).startsWith("khabar query " + q.name());
            assertThat(q.parametersDoc()).as(q.name()).isNotBlank();
            for (String p : q.parameters()) assertThat(q.parametersDoc()).as(q.name()).contains("$" + p);
            assertThat(q.cypher()).doesNotContain("//").doesNotContainIgnoringCase("DELETE")
                    .doesNotContainPattern("(?i)\\bMERGE\\s*\\(") // the clause; the label :Merge is read only
                    .doesNotContainIgnoringCase("CREATE");
        }
    }

    @Test
    void parametersAreParsedFromTheCypher() {
        ResearchQuery q = ResearchQuery.parse("x", """
                // Title: T
                // Parameters: $a (first),
                //   $b (second)
                // Example: khabar query x --param a=1
                MATCH (n {id: $a}) WHERE n.v > $b RETURN n, $a AS again""");
        assertThat(q.title()).isEqualTo("T");
        assertThat(q.parametersDoc()).isEqualTo("$a (first), $b (second)");
        assertThat(q.parameters()).containsExactlyInAnyOrder("a", "b");
        assertThat(q.cypher()).startsWith("MATCH");
    }

    @Test
    void unknownQueriesAreRejectedWithTheKnownNames() {
        assertThatThrownBy(() -> ResearchQuery.named("../../etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meetings");
    }
}
