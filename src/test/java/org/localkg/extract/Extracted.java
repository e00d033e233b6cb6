package org.localkg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.localkg.ingest.Article;
import org.localkg.nlp.hanlp.HanlpSegmenter;

/** Test helper: extraction of one article written as plain text, and views of what it found. */
final class Extracted {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(HanlpSegmenter.get());

    final ArticleFacts facts;

    private Extracted(ArticleFacts facts) {
        this.facts = facts;
    }

    static Extracted body(String text) {
        return of(new Article(1, List.of(), null, text, Article.Kind.NEWS, null, 0), null);
    }

    static Extracted body(String text, LocalDate date) {
        return of(new Article(1, List.of(), null, text, Article.Kind.NEWS, null, 0), date);
    }

    static Extracted caption(String text, String column) {
        return of(new Article(1, List.of(), null, text, Article.Kind.CAPTION, column, 0), null);
    }

    static Extracted titled(String title, String body) {
        String text = title + "\n" + body;
        return of(new Article(1, List.of(title), null, text, Article.Kind.NEWS, null, title.length() + 1), null);
    }

    /** Facts of a plain-text article before any stage has run: for testing what {@link ArticleFacts#mention} makes of a span. */
    static ArticleFacts unextracted(String body) {
        return new ArticleFacts(new ArticleText(new Article(1, List.of(), null, body, Article.Kind.NEWS, null, 0), HanlpSegmenter.get()));
    }

    /** The text of a plain-text article as the stages read it: for testing a stage's parts alone. */
    static ArticleText text(String body) {
        return new ArticleText(new Article(1, List.of(), null, body, Article.Kind.NEWS, null, 0), HanlpSegmenter.get());
    }

    static Extracted of(Article a, LocalDate date) {
        return new Extracted(EXTRACTOR.extract(a, date));
    }

    Set<String> names(EntityType type) {
        return facts.entities().stream().filter(e -> e.is(type)).map(Entity::name).collect(Collectors.toSet());
    }

    Entity entity(String name) {
        return facts.find(name).orElseThrow(() -> new AssertionError("no entity " + name + " in " + facts.entities()));
    }

    Set<String> posts(String official) {
        return facts.posts().stream().filter(p -> p.official().name().equals(official)).map(Facts.Post::title)
                .collect(Collectors.toSet());
    }

    Set<String> parksOf(String project) {
        return facts.parks().stream().filter(l -> l.project().name().equals(project)).map(l -> l.other().name())
                .collect(Collectors.toSet());
    }

    Set<Long> investmentsOf(String project) {
        return facts.investments().stream().filter(i -> i.project().name().equals(project)).map(i -> i.yuan().longValueExact())
                .collect(Collectors.toSet());
    }

    /** The names of what {@code official} is found to inspect. */
    Set<String> targetsOf(String official) {
        return facts.inspections().stream().filter(i -> i.official().name().equals(official))
                .flatMap(i -> i.targets().stream()).map(Entity::name).collect(Collectors.toSet());
    }

    Set<String> enterprisesOf(String project) {
        return facts.enterprises().stream().filter(l -> l.project().name().equals(project)).map(l -> l.other().name())
                .collect(Collectors.toSet());
    }
}
