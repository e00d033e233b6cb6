package org.localkg.extract;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.localkg.extract.Stage.Layer;
import org.localkg.ingest.Article;
import org.localkg.nlp.Segmenter;

/**
 * Runs the stages of extraction over one article, in an order checked when the extractor is made:
 * every stage finds what it requires provided by the stages before it. People come first (so that
 * names are not taken for organisations), then organisations and parks, then projects, then later
 * mentions; the article's frame, then the facts that relate what was found.
 */
public final class ArticleExtractor {
    private final Segmenter segmenter;
    private final List<Stage> stages;

    public ArticleExtractor(Segmenter segmenter) {
        this(segmenter, defaultStages());
    }

    ArticleExtractor(Segmenter segmenter, List<Stage> stages) {
        this.segmenter = segmenter;
        this.stages = List.copyOf(stages);
        check(this.stages);
    }

    /** The stages, in the order they run. */
    public List<Stage> stages() {
        return stages;
    }

    static List<Stage> defaultStages() {
        return List.of(
                new CoordinationLists(),
                Stage.of("bylines", Set.of(), Set.of(Layer.REPORTERS), (t, f, d) -> BylineRecognizer.recognize(t, f)),
                Stage.of("officials", Set.of(Layer.LISTS, Layer.REPORTERS), Set.of(Layer.OFFICIALS),
                        (t, f, d) -> OfficialRecognizer.recognize(t, f)),
                Stage.of("organizations", Set.of(Layer.LISTS, Layer.OFFICIALS), Set.of(Layer.ORGANIZATIONS),
                        (t, f, d) -> {
                            OrganizationRecognizer.recognize(t, f);
                            EnterpriseListRecognizer.recognize(t, f);
                            ParkListRecognizer.recognize(t, f);
                            IndustryParks.recognize(t, f);
                            PrefixedParks.recognize(t, f);
                            BranchParks.recognize(t, f);
                            AreasOfParks.recognize(t, f);
                            ParkBases.recognize(t, f);
                            BasesBuiltIn.recognize(t, f);
                            ParksNamedAgain.recognize(t, f);
                            VisitedSites.seats(t, f);
                            CompaniesAfterTheirKind.recognize(t, f);
                        }),
                Stage.of("projects", Set.of(Layer.LISTS, Layer.ORGANIZATIONS), Set.of(Layer.PROJECTS),
                        (t, f, d) -> {
                            ProjectRecognizer.recognize(t, f);
                            ProjectListRecognizer.recognize(t, f);
                            CeremonySubjects.recognize(t, f);
                            ParkBuildings.recognize(t, f);
                            VisitedSites.recognize(t, f);
                            BuiltAtASum.recognize(t, f);
                            CompaniesParks.recognize(t, f);
                        }),
                Stage.of("learned names", Set.of(Layer.OFFICIALS, Layer.ORGANIZATIONS, Layer.PROJECTS),
                        Set.of(Layer.LEARNED_ENTITIES), (t, f, d) -> {
                            LearnedNameRecognizer.recognize(t, f);
                            ShortCompanyRule.apply(t, f);
                            CompaniesHeadingProjects.recognize(t, f);
                        }),
                Stage.of("coreference", Set.of(Layer.LEARNED_ENTITIES), Set.of(Layer.COREFERENCE),
                        (t, f, d) -> {
                            DeclaredAliases.apply(t, f);
                            Coreference.resolve(t, f);
                            UntitledOfficials.promote(t, f);
                            CountedKindsOfWorks.apply(t, f);
                            ProgrammesListed.apply(t, f);
                        }),
                new ArticleFrames(),
                Stage.of("project facts", Set.of(Layer.COREFERENCE, Layer.LISTS, Layer.FRAME), Set.of(Layer.PROJECT_FACTS),
                        (t, f, d) -> {
                            // after the frame: a park known only as what works' names open is theirs, not the article's
                            ParksOpeningWorks.recognize(t, f);
                            ProjectFactRules.apply(t, f, d);
                        }),
                new Visits(),
                Stage.of("places", Set.of(Layer.COREFERENCE), Set.of(Layer.PLACES), (t, f, d) -> PlaceRule.apply(t, f)));
    }

    /** Refuses an order in which a stage runs before what it requires is provided. */
    static void check(List<Stage> stages) {
        Set<Layer> done = EnumSet.noneOf(Layer.class);
        for (Stage s : stages) {
            for (Layer need : s.requires()) {
                if (!done.contains(need)) {
                    throw new IllegalArgumentException("stage '" + s.name() + "' requires " + need
                            + ", which no stage before it provides (stages: " + stages + ")");
                }
            }
            done.addAll(s.provides());
        }
    }

    /** @param articleDate the article's publication date, or null when unknown */
    public ArticleFacts extract(Article article, LocalDate articleDate) {
        return extract(List.of(article), articleDate).get(0);
    }

    /**
     * The articles of one page, each as {@link #extract(Article, LocalDate)} extracts it alone, but
     * one step for all of them before the next: every article segmented, then every article tagged
     * by the learned recogniser, then each stage over every article in turn. A step's tables (the
     * segmenter's dictionaries, the recogniser's weights, a stage's lexicons) are then still in the
     * processor's cache for the next article, where going through all the steps for one article
     * first evicted them every time: a fifth less time for the same findings. A stage reads and
     * writes only its article's text and facts, so the order across articles changes nothing.
     *
     * @param articleDate the articles' publication date, or null when unknown
     */
    public List<ArticleFacts> extract(List<Article> articles, LocalDate articleDate) {
        List<ArticleText> texts = new java.util.ArrayList<>(articles.size());
        for (Article a : articles) {
            texts.add(new ArticleText(a, segmenter));
        }
        for (ArticleText t : texts) {
            try {
                t.learnedMentions();
            } catch (RuntimeException e) {
                // the first stage that asks for them fails the same way, and reports it
            }
        }
        List<ArticleFacts> facts = new java.util.ArrayList<>(texts.size());
        for (ArticleText t : texts) {
            facts.add(new ArticleFacts(t));
        }
        for (Stage s : stages) {
            for (int i = 0; i < texts.size(); i++) {
                try {
                    s.apply(texts.get(i), facts.get(i), articleDate);
                } catch (RuntimeException e) {
                    // a fault in one stage costs that stage's findings, not the article's: the later stages
                    // run on what the earlier ones found, and the fault is reported with the article
                    facts.get(i).warn("stage '" + s.name() + "' failed: " + e);
                    if (Boolean.getBoolean("localkg.trace")) {
                        e.printStackTrace(); // -Dlocalkg.trace=true: where the stage failed
                    }
                }
            }
        }
        facts.forEach(ArticleFacts::finish);
        return facts;
    }
}
