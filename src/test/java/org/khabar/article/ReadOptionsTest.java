package org.khabar.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadOptionsTest {

    @Test
    void defaults() {
        ReadOptions o = ReadOptions.defaults();
        assertThat(o.include()).containsExactly("*.txt", "*.html", "*.htm", "*.jsonl", "*.jsonl.gz", "*.json");
        assertThat(o.fieldNames("text")).containsExactly("content", "text", "body");
        assertThat(o.fieldNames("published")).containsExactly("date_extracted", "published", "date");
        assertThat(o.fieldNames("outlet")).containsExactly("source", "outlet");
        assertThat(o.maxBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(o.failFast()).isFalse();
    }

    @Test
    void builderAndAliases() {
        ReadOptions o = ReadOptions.builder().include("*.txt, *.md").field("TEXT=body,article").field("source=site")
                .maxBytes(10).failFast(true).build();
        assertThat(o.include()).containsExactly("*.txt", "*.md");
        assertThat(o.fieldNames("text")).containsExactly("body", "article");
        assertThat(o.fieldNames("outlet")).containsExactly("site");
        assertThat(o.fieldNames("title")).containsExactly("title", "headline");
        assertThat(o.toBuilder().build()).isEqualTo(o);
        assertThatThrownBy(() -> o.fields().put("x", List.of())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void badSettingsSayWhatToDo() {
        assertThatThrownBy(() -> ReadOptions.builder().field("text")).hasMessageContaining("PROPERTY=JSON_FIELD");
        assertThatThrownBy(() -> ReadOptions.builder().field("colour=x")).hasMessageContaining("unknown article field 'colour'");
        assertThatThrownBy(() -> ReadOptions.builder().include(" ").build()).hasMessageContaining("at least one pattern");
        assertThatThrownBy(() -> ReadOptions.builder().maxBytes(0).build()).hasMessageContaining("maxBytes");
    }
}
