/**
 * Reading articles from files, directories, JSON lines and standard input.
 *
 * <p>Front door: {@link org.khabar.article.Articles#open(java.util.List, org.khabar.article.ReadOptions)}
 * returns an {@link org.khabar.article.ArticleStream} (lazy, {@code AutoCloseable}, iterate once) of
 * {@link org.khabar.article.ReadResult}s: {@code Ok(article, warnings)} or
 * {@code Failed(source, line, message)}. One bad file or line never stops the stream (unless
 * {@link org.khabar.article.ReadOptions#failFast()}).
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.builder().field("text=body").build();
 * try (ArticleStream in = Articles.open(List.of("corpus/"), options)) {
 *     for (ReadResult r : in) {
 *         if (r instanceof ReadResult.Ok ok) use(ok.article());
 *         else System.err.println("khabar: " + r);   // Failed prints as FILE[:LINE]: message
 *     }
 * }
 * }</pre>
 *
 * <p>{@link org.khabar.article.Article} is the record every later stage consumes; its text is the
 * decoded input (BOM excluded, never otherwise changed), so character offsets refer to it.
 */
package org.khabar.article;
