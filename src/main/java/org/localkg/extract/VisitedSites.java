package org.localkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localkg.resolve.Divisions;

/**
 * A site a visit is said to be at: a sentence that opens with 在, a name that ends in a built thing's
 * word (基地, 中心, 产业园) and a comma, then an official (在某某中试研发基地，某某走进生产车间…). The
 * site is a project visited there, though no suffix of a project's ends it. The name must open with a
 * place or a word the dictionary does not know as a common one, so that 在生产基地，某某… names nothing.
 */
final class VisitedSites {
    private static final Pattern AT_SITE = Pattern.compile("(?:^|[。！？!?\\n])\\s*(?:图为)?在([^，,。；;、\\n]{5,20})[，,]");

    private VisitedSites() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        Matcher m = AT_SITE.matcher(t.view());
        while (m.find()) {
            Span site = new Span(m.start(1), m.end(1));
            String name = m.group(1);
            String built = Lexicons.FACILITY_SUFFIXES.suffixAt(name, name.length());
            if (built == null || built.length() < 2 || facts.claimed(site) || !officialAt(facts, m.end())
                    || !t.isTokenBoundary(site.start()) || !name.chars().allMatch(c -> ArticleText.isHan((char) c))
                    || !named(t, site.start(), site.end() - built.length())) {
                continue;
            }
            facts.mention(EntityType.PROJECT, site);
        }
    }

    /** An official's name (as the article names them elsewhere) opens the clause after the site. */
    private static boolean officialAt(ArticleFacts facts, int at) {
        String v = facts.text().view();
        return facts.entities().stream().anyMatch(e -> e.is(EntityType.OFFICIAL) && v.startsWith(e.name(), at));
    }

    /** The words before the built thing's name a place or a proper thing (山西某某锐科|中试研发|基地). */
    private static boolean named(ArticleText t, int start, int end) {
        if (Divisions.get().regionAt(t.view(), start) != null) {
            return true;
        }
        var first = t.tokenAt(start);
        return first != null && first.start() == start && (first.tag().startsWith("nr") || first.tag().startsWith("nz")
                || first.tag().startsWith("ns") || first.tag().startsWith("nt") || t.dictionaryTags(first.text()).isEmpty());
    }
}
