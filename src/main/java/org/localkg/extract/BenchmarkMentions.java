package org.localkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.localkg.ingest.Article;
import org.localkg.ingest.PageSplitter;
import org.localkg.nlp.ner.NerSpan;

/**
 * The whole extractor's mentions of a sentence in the benchmark's classes, as a user of our
 * RDF would read them from the mentions' offsets: people (officials, reporters and others) are
 * {@code name}, enterprises {@code company}, organisations {@code organization} (the benchmark's
 * government bodies and organisations together, since we do not tell them apart).
 */
public final class BenchmarkMentions {
    /** The class the benchmark's government bodies and organisations are scored under together. */
    public static final String ORGANIZATIONS = "organization";

    private final ArticleExtractor extractor;

    public BenchmarkMentions(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    public List<NerSpan> of(String sentence) {
        List<NerSpan> out = new ArrayList<>();
        for (Article a : PageSplitter.split(sentence)) {
            int offset = sentence.indexOf(a.text());
            if (offset < 0) {
                continue;
            }
            ArticleFacts facts = extractor.extract(a, (LocalDate) null);
            for (Entity e : facts.entities()) {
                String kind = kindOf(e);
                if (kind == null) {
                    continue;
                }
                for (Span m : e.mentions()) {
                    out.add(new NerSpan(offset + m.start(), offset + m.end(), kind));
                }
            }
        }
        return outermost(out);
    }

    /**
     * The mentions no longer mention of the same class holds: the benchmark's spans are flat and
     * name a unit with its parent (某大学某学院), while the graph keeps both bodies, the parent as
     * its own entity.
     */
    static List<NerSpan> outermost(List<NerSpan> spans) {
        List<NerSpan> out = new ArrayList<>();
        for (NerSpan s : spans) {
            boolean inside = spans.stream().anyMatch(o -> o.kind().equals(s.kind()) && o.start() <= s.start() && o.end() >= s.end()
                    && o.end() - o.start() > s.end() - s.start());
            if (!inside) {
                out.add(s);
            }
        }
        return out;
    }

    /** The benchmark's class for gold spans, merging government into organisation. */
    public static String goldKind(String cluenerClass) {
        return cluenerClass.equals("government") ? ORGANIZATIONS : cluenerClass;
    }

    private static String kindOf(Entity e) {
        EntityType t = e.type();
        if (t.isPerson()) {
            return "name";
        }
        return switch (t) {
            case ENTERPRISE -> "company";
            case ORGANIZATION -> ORGANIZATIONS;
            default -> null;
        };
    }
}
