package org.khabar.bench;

import java.util.List;
import org.khabar.article.Article;

/** Three short constructed articles (written for these tests) on which the harness must run in seconds. */
final class TinyArticles {
    private TinyArticles() {}

    static List<Article> three() {
        return List.of(
                Article.of("tiny-1", "الرياض - قال وزير الخارجية السعودي عادل الجبير اليوم الأحد إن المملكة العربية"
                        + " السعودية ترحب بالاتفاق. والتقى الجبير في الرياض وزير الخارجية الأمريكي جون كيري."),
                Article.of("tiny-2", "موسكو - نفى المتحدث باسم الكرملين ديمتري بيسكوف أن تكون روسيا قد أرسلت قوات"
                        + " إلى سوريا، ودعا الولايات المتحدة إلى الحوار."),
                Article.of("tiny-3", "القاهرة - اتهم وزير الداخلية المصري جماعة مسلحة بتنفيذ الهجوم الذي وقع في"
                        + " سيناء أمس، وأكد أن قوات الأمن ستلاحق المسؤولين عنه."));
    }
}
