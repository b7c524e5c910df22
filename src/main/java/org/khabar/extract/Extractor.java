package org.khabar.extract;

import org.khabar.article.Article;
import org.khabar.graph.DocumentGraph;

/**
 * The extraction stage's front door: a pure function of an article (plus the lexicons).
 *
 * <pre>{@code
 * DocumentGraph g = Extractor.standard().extract(article);
 * }</pre>
 */
public final class Extractor {
    private static final Extractor STANDARD = new Extractor();

    private Extractor() {}

    /** The extractor with the bundled lexicons (loaded once). Thread-safe. */
    public static Extractor standard() { return STANDARD; }

    public DocumentGraph extract(Article article) {
        return DocumentGraph.empty(article); // placeholder: replaced by the extraction work (issue 3)
    }
}
