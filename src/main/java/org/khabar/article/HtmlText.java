package org.khabar.article;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The main text and metadata of an HTML page: boilerplate (scripts, styles, navigation, header,
 * footer, asides, forms) dropped, {@code <article>} or {@code <main>} preferred, one line per
 * paragraph or other block.
 */
final class HtmlText {
    private static final String BOILERPLATE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, canvas, button, select, textarea, input, object, embed, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [hidden]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "ul", "ol", "dl", "dt", "dd", "tr", "table", "blockquote", "section", "article", "main", "pre",
            "figure", "figcaption", "hr", "address", "center", "body", "td", "th", "caption", "summary", "details");

    record Page(String text, String title, String url, String published, String author) {}

    private HtmlText() {}

    static Page parse(String html) {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(meta(doc, "og:title"), doc.title());
        String url = firstNonBlank(meta(doc, "og:url"), attr(doc, "link[rel=canonical]", "href"));
        String published = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "datePublished"),
                meta(doc, "pubdate"), meta(doc, "date"), attr(doc, "time[datetime]", "datetime"));
        String author = firstNonBlank(meta(doc, "author"), meta(doc, "article:author"));
        doc.select(BOILERPLATE).remove();
        Element root = mainContent(doc);
        return new Page(text(root), title, url, published, author);
    }

    private static Element mainContent(Document doc) {
        Element best = null;
        for (Element a : doc.select("article")) {
            if (best == null || a.text().length() > best.text().length()) best = a;
        }
        if (best != null && !best.text().isBlank()) return best;
        Elements main = doc.select("main, [role=main], #content, #main-content, .article-body, .entry-content");
        for (Element m : main) if (!m.text().isBlank()) return m;
        return doc.body() != null ? doc.body() : doc;
    }

    /** Text with one line per block; whitespace inside a line collapsed as a browser would. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    boolean pre = t.parent() instanceof Element p && p.tagName().equals("pre");
                    appendInline(out, pre ? t.getWholeText() : t.text(), pre);
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) newline(out);
            }
        }, root);
        return tidy(out);
    }

    private static void appendInline(StringBuilder out, String s, boolean pre) {
        if (s.isEmpty()) return;
        if (pre) { out.append(s); return; }
        boolean atLineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
        if (atLineStart) s = s.stripLeading();
        if (!atLineStart && out.charAt(out.length() - 1) == ' ' && s.startsWith(" ")) s = s.substring(1);
        out.append(s);
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
    }

    /** Trims each line (ASCII and no-break spaces only) and drops empty lines. */
    private static String tidy(CharSequence raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (String line : raw.toString().split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty()) continue;
            if (b.length() > 0) b.append('\n');
            b.append(t);
        }
        return b.toString();
    }

    private static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[property=\"" + name + "\"], meta[name=\"" + name + "\"], meta[itemprop=\"" + name + "\"]")) {
            String c = m.attr("content");
            if (!c.isBlank()) return c.strip();
        }
        return null;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null || e.attr(attr).isBlank() ? null : e.attr(attr).strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }
}
