package org.khabar.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void entityIdsBecomeTypedPaths() {
        assertThat(Ids.uri("country:RU")).isEqualTo("https://w3id.org/khabar/resource/country/RU");
        assertThat(Ids.uri("q:Q649")).isEqualTo("https://w3id.org/khabar/resource/q/Q649");
        assertThat(Ids.uri("person:sergey-lavrov")).isEqualTo(Ids.BASE + "person/sergey-lavrov");
    }

    @Test
    void statementMeetingEventAndArticleIds() {
        assertThat(Ids.uri("a-1f2e3d4c5b6a7988-s3")).isEqualTo(Ids.BASE + "statement/a-1f2e3d4c5b6a7988-s3");
        assertThat(Ids.uri("a-1f2e3d4c5b6a7988-m1")).isEqualTo(Ids.BASE + "meeting/a-1f2e3d4c5b6a7988-m1");
        assertThat(Ids.uri("a-1f2e3d4c5b6a7988-e12")).isEqualTo(Ids.BASE + "event/a-1f2e3d4c5b6a7988-e12");
        assertThat(Ids.uri("a-1f2e3d4c5b6a7988")).isEqualTo(Ids.BASE + "article/a-1f2e3d4c5b6a7988");
        assertThat(Ids.articleUri("x-s1")).isEqualTo(Ids.BASE + "article/x-s1");
    }

    @Test
    void unsafeCharactersArePercentEncodedAsUtf8() {
        assertThat(Ids.uri("person:لافروف")).isEqualTo(Ids.BASE + "person/%D9%84%D8%A7%D9%81%D8%B1%D9%88%D9%81");
        assertThat(Ids.uri("person:x'}) DETACH DELETE n //"))
                .isEqualTo(Ids.BASE + "person/x%27%7D%29%20DETACH%20DELETE%20n%20%2F%2F");
        assertThat(Ids.uri("org:a/b?c#d:e%")).isEqualTo(Ids.BASE + "org/a%2Fb%3Fc%23d%3Ae%25");
        assertThat(Ids.uri("person:\u0000")).isEqualTo(Ids.BASE + "person/%00").isASCII();
        assertThat(Ids.uri("Weird:Id")).isEqualTo(Ids.BASE + "article/Weird%3AId"); // upper-case: no prefix
    }

    @Test
    void emptyOrNullIdsAreRejected() {
        assertThatThrownBy(() -> Ids.uri("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ids.uri(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    }
}
