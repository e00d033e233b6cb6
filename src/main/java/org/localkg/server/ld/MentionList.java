package org.localkg.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.localkg.rdf.LKG;

/**
 * An entity's mentions as its page lists them, a page at a time: one quote per sentence, with
 * every mention in it marked; a sentence several articles print alike (a reprint, a stock phrase)
 * quoted once, with each article that prints it. Quotes read along time: by the date of their
 * first article (undated last), then the article's place in its file, then the place of the
 * sentence in the article, so that a page holds the same quotes on every visit. Callers hold a
 * read transaction.
 */
final class MentionList {
    /** The quotes on one page. */
    static final int PER_PAGE = 50;
    /** The articles named beside one quote; past that, a count. */
    static final int ARTICLES_PER_QUOTE = 10;

    /** One sentence, marked, and the articles that print it, the first first. */
    record Quote(String marked, List<Describer.Passage> where) {}

    private final Describer d;
    private final Titles titles;
    private final Paths paths;

    MentionList(Describer d, Titles titles, Paths paths) {
        this.d = d;
        this.titles = titles;
        this.paths = paths;
    }

    /** The quotes of passages (an entity's mentions, a fact's evidence), in reading order. */
    List<Quote> quotes(List<Describer.Passage> found) {
        Map<Node, ArticleOrder> order = new HashMap<>();
        List<Describer.Passage> passages = new ArrayList<>(found);
        passages.sort(Comparator.comparing((Describer.Passage p) -> order.computeIfAbsent(p.article(), this::orderOf))
                .thenComparingInt(Describer.Passage::begin));
        // the mentions of one sentence of one article together, in the order of their first mention
        Map<String, List<Describer.Passage>> bySentence = new LinkedHashMap<>();
        Map<String, int[]> bounds = new HashMap<>();
        for (Describer.Passage p : passages) {
            int[] s = Sentences.bounds(p.text(), p.begin(), p.end());
            if (s != null) {
                String key = p.article().getURI() + "#" + s[0];
                bySentence.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                bounds.put(key, s);
            }
        }
        // the same sentence, marked alike, from several articles: one quote
        Map<String, List<Describer.Passage>> byText = new LinkedHashMap<>();
        bySentence.forEach((key, ps) -> {
            List<int[]> spans = ps.stream().map(p -> new int[] {p.begin(), p.end()}).toList();
            String marked = Sentences.marked(ps.get(0).text(), bounds.get(key), spans);
            byText.computeIfAbsent(marked, k -> new ArrayList<>()).add(ps.get(0));
        });
        List<Quote> out = new ArrayList<>();
        byText.forEach((marked, where) -> out.add(new Quote(marked, where)));
        return out;
    }

    /** Page {@code page} (from 1) of the quotes, under a heading with their total; "" when there are none. */
    String page(List<Quote> quotes, int page) {
        if (quotes.isEmpty()) {
            return "";
        }
        int from = Math.min(quotes.size(), (page - 1) * PER_PAGE);
        int to = Math.min(quotes.size(), from + PER_PAGE);
        long articles = quotes.stream().flatMap(q -> q.where().stream()).map(Describer.Passage::article).distinct().count();
        StringBuilder b = new StringBuilder("<h2 id=\"mentions\">提及 Mentions (").append(quotes.size()).append(")</h2>\n<p class=\"date\">")
                .append(quotes.size()).append(" 句，见于 ").append(articles).append(" 篇文章 · ").append(quotes.size())
                .append(" sentences in ").append(articles).append(" articles");
        if (quotes.size() > PER_PAGE) {
            b.append(from < to ? " · 本页第 " + (from + 1) + "–" + to + " 句 · " + (from + 1) + "–" + to + " on this page"
                    : " · 本页没有 none on this page");
        }
        b.append("</p>\n");
        quotes.subList(from, to).forEach(q -> b.append(quote(q)));
        return b.toString();
    }

    /** A quote: the sentence, marked, then each article that prints it, linked to the place. */
    String quote(Quote q) {
        StringBuilder b = new StringBuilder("<blockquote>").append(q.marked());
        List<Describer.Passage> shown = q.where().subList(0, Math.min(q.where().size(), ARTICLES_PER_QUOTE));
        String previous = null;
        for (Describer.Passage p : shown) {
            // a paper's recurring headline (a weekly 推进会) once, with the date of each article under it
            String title = titles.article(p.article());
            String date = d.articleDate(p.article());
            if (title.equals(previous) && date != null) {
                b.append("、<a class=\"date\" href=\"").append(Html.esc(href(p))).append("\">").append(Html.esc(date)).append("</a>");
            } else {
                b.append(previous == null ? " " : "；").append(article(p));
            }
            previous = title;
        }
        if (q.where().size() > shown.size()) {
            int more = q.where().size() - shown.size();
            b.append(" <span class=\"date\">等 ").append(more).append(" 篇 · and ").append(more).append(" more</span>");
        }
        return b.append("</blockquote>\n").toString();
    }

    /** How many pages the quotes fill (at least one). */
    static int pages(List<Quote> quotes) {
        return Math.max(1, (quotes.size() + PER_PAGE - 1) / PER_PAGE);
    }

    private String article(Describer.Passage p) {
        String date = d.articleDate(p.article());
        return "<a href=\"" + Html.esc(href(p)) + "\">《" + Html.esc(titles.article(p.article())) + "》</a>"
                + (date == null ? "" : " <span class=\"date\">" + Html.esc(date) + "</span>");
    }

    /** The article's page at the mention. */
    private String href(Describer.Passage p) {
        return paths.pageHref(p.article()) + "#m-" + p.begin() + "-" + p.end();
    }

    private ArticleOrder orderOf(Node a) {
        String position = d.literal(a, LKG.position, null);
        return new ArticleOrder(d.articleDate(a), d.literal(a, LKG.sourceFile, null),
                position == null ? Integer.MAX_VALUE : Integer.parseInt(position), a.getURI());
    }

    /** Where an article stands in reading order: its date (undated last), its file, its place in the file. */
    private record ArticleOrder(String date, String file, int position, String iri) implements Comparable<ArticleOrder> {
        private static final Comparator<ArticleOrder> ORDER = Comparator
                .comparing(ArticleOrder::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ArticleOrder::file, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(ArticleOrder::position).thenComparing(ArticleOrder::iri);

        @Override
        public int compareTo(ArticleOrder o) {
            return ORDER.compare(this, o);
        }
    }
}
