package org.localkg.extract;

import java.time.LocalDate;
import java.util.Set;

/**
 * One step of extraction over an article, in the manner of CoreNLP's annotators: it declares what
 * it needs done before it and what it adds, so that {@link ArticleExtractor} can check an order of
 * stages before running any, and each stage can be tested alone.
 */
public interface Stage {
    /** What a stage needs or adds. */
    enum Layer {
        /** Names the learned recogniser proposes (people, companies, bodies), per sentence. */
        LEARNED_NAMES,
        /** Coordinated items with their opener, closing head and governing verb ({@link CoordinationList}). */
        LISTS,
        /** Reporters and photographers from bylines and credits. */
        REPORTERS,
        /** Officials and other titled people, with their posts. */
        OFFICIALS,
        /** Enterprises, organisations and parks named with a suffix that types them. */
        ORGANIZATIONS,
        /** Projects. */
        PROJECTS,
        /** Names the rules have no pattern for: the learned recogniser's people, companies and bodies. */
        LEARNED_ENTITIES,
        /** Later mentions of what the article has named (a name alone, a short name). */
        COREFERENCE,
        /** What the article is about: its event, date, park and enterprise ({@link ArticleFrame}). */
        FRAME,
        /** Investment, completion, status, park and enterprise of each project. */
        PROJECT_FACTS,
        /** Who inspects what, across the sentences of a visit ({@link Visits}). */
        INSPECTIONS,
        /** Divisions that entities are placed in. */
        PLACES
    }

    String name();

    Set<Layer> requires();

    Set<Layer> provides();

    /** @param articleDate the article's publication date, or null when unknown */
    void apply(ArticleText text, ArticleFacts facts, LocalDate articleDate);

    /** A stage made of a function, for the recognisers that are one static method. */
    static Stage of(String name, Set<Layer> requires, Set<Layer> provides, Body body) {
        return new Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<Layer> requires() {
                return requires;
            }

            @Override
            public Set<Layer> provides() {
                return provides;
            }

            @Override
            public void apply(ArticleText text, ArticleFacts facts, LocalDate articleDate) {
                body.apply(text, facts, articleDate);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    @FunctionalInterface
    interface Body {
        void apply(ArticleText text, ArticleFacts facts, LocalDate articleDate);
    }
}
