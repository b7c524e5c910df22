package org.khabar.article;

import static org.assertj.core.api.Assertions.assertThat;

/** Publication dates normalized to ISO, whatever the default locale. */
class DatesTest {

    @MultiLocale.Test
    void normalizesCommonFormats() {
        assertThat(Dates.normalize("2015-07-21 10:33:00")).isEqualTo("2015-07-21T10:33:00");
        assertThat(Dates.normalize("2015-07-21")).isEqualTo("2015-07-21");
        assertThat(Dates.normalize(" 2015/07/21 ")).isEqualTo("2015-07-21");
        assertThat(Dates.normalize("21/07/2015")).isEqualTo("2015-07-21");
        assertThat(Dates.normalize("2015-07-21T10:33")).isEqualTo("2015-07-21T10:33:00");
        assertThat(Dates.normalize("2015-07-21T10:33:00+03:00")).isEqualTo("2015-07-21T10:33:00+03:00");
        assertThat(Dates.normalize("2015-07-21T10:33:00.123Z")).isEqualTo("2015-07-21T10:33:00Z");
        assertThat(Dates.normalize("Tue, 21 Jul 2015 10:33:00 GMT")).isEqualTo("2015-07-21T10:33:00Z");
        assertThat(Dates.normalize("٢٠١٥-٠٧-٢١ ١٠:٣٣:٠٠")).isEqualTo("2015-07-21T10:33:00");
        assertThat(Dates.normalize("۲۰۱۵/۰۷/۲۱")).isEqualTo("2015-07-21");
    }

    @MultiLocale.Test
    void unknownOrBlankIsNull() {
        assertThat(Dates.normalize(null)).isNull();
        assertThat(Dates.normalize("  ")).isNull();
        assertThat(Dates.normalize("الثلاثاء")).isNull();
        assertThat(Dates.normalize("2015-13-45")).isNull();
    }
}
