package org.localkg;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.localkg.extract.ArticleExtractor;
import org.localkg.extract.ArticleFacts;
import org.localkg.ingest.Article;
import org.localkg.ingest.InputLimits;
import org.localkg.ingest.SourceException;
import org.localkg.ingest.PageSplitter;
import org.localkg.ingest.Source;
import org.localkg.nlp.hanlp.HanlpPinyin;
import org.localkg.nlp.hanlp.HanlpSegmenter;
import org.localkg.rdf.ArticleWriter;
import org.localkg.rdf.IriMinter;
import org.localkg.resolve.EntityRegistry;
import org.localkg.resolve.NameClaim;

/**
 * The whole chain for one source: split the page into articles, extract each, write each as its
 * named graph into a sink. One pipeline serves a run; its registry carries entity identity from
 * one source to the next. Extraction ({@link #extract}) may run on many threads at once; writing
 * ({@link #write}) runs on one, in the run's order.
 */
public final class Pipeline {
    private final ArticleExtractor extractor = new ArticleExtractor(HanlpSegmenter.get());
    private final IriMinter iris;
    private final EntityRegistry registry;
    private final ArticleWriter writer;
    private InputLimits limits = InputLimits.DEFAULT;
    private int threads = Runtime.getRuntime().availableProcessors();

    public Pipeline(String base, EntityRegistry registry) {
        this.iris = new IriMinter(base, HanlpPinyin.get());
        this.registry = registry;
        this.writer = new ArticleWriter(iris);
    }

    public Pipeline(String base) {
        this(base, new EntityRegistry());
    }

    public InputLimits limits() {
        return limits;
    }

    public Pipeline limits(InputLimits limits) {
        this.limits = limits;
        return this;
    }

    /** How many sources are extracted at once (default: one per processor); the output is the same for any number. */
    public int threads() {
        return threads;
    }

    public Pipeline threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        return this;
    }

    public IriMinter iris() {
        return iris;
    }

    public EntityRegistry registry() {
        return registry;
    }

    /**
     * Splits the page and extracts each article. Touches no shared state, so different sources may
     * be extracted on different threads; {@link #write} then resolves and writes them in order.
     */
    public Extraction extract(Source source) {
        List<Article> articles = PageSplitter.split(source.text());
        for (Article article : articles) {
            if (article.text().length() > limits.maxArticleChars()) {
                throw new SourceException(source.location(), "article " + article.position() + " is " + article.text().length()
                        + " characters, more than the limit of " + limits.maxArticleChars() + " (a wrong file or a page that was not split); skipped");
            }
        }
        List<ArticleFacts> facts = extractor.extract(articles, source.metadata().date());
        for (int i = 0; i < articles.size(); i++) {
            for (String w : facts.get(i).warnings()) {
                System.err.println("kg: " + source.location() + ", article " + articles.get(i).position() + ": " + w);
            }
        }
        return new Extraction(source, articles, facts);
    }

    /**
     * Resolves the extraction's entities through the run's registry and writes every article as
     * its named graph into {@code out}; returns the graphs written. Not thread-safe: the registry
     * gives a spelling variant the key of the first spelling it saw, so sources are written one
     * at a time, in the run's order, whatever thread extracted them.
     */
    public List<Node> write(Extraction extraction, StreamRDF out) {
        List<List<String>> keys = new ArrayList<>();
        for (List<NameClaim> article : claims(extraction)) {
            keys.add(article.stream().map(registry::resolve).toList());
        }
        return write(extraction, keys, out);
    }

    /**
     * What the extraction's entities ask of the registry: per article, one claim per entity in
     * the order of {@link ArticleFacts#entities()}. Resolving them in the run's order gives the
     * keys {@link #write(Extraction, List, StreamRDF)} takes.
     */
    public static List<List<NameClaim>> claims(Extraction extraction) {
        String region = extraction.source().metadata().region();
        String id = extraction.source().id();
        // the page's place, read from its whole text once and only if an article names no place
        var pagePlace = new java.util.function.Supplier<String>() {
            boolean read;
            String place;

            @Override
            public String get() {
                if (!read) {
                    read = true;
                    place = org.localkg.resolve.Places.mostNamed(extraction.articles().stream().map(org.localkg.ingest.Article::text)
                            .collect(java.util.stream.Collectors.joining("\n")));
                }
                return place;
            }
        };
        var onPage = NameClaim.placesOnPage(extraction.facts().stream().flatMap(f -> f.entities().stream()).toList());
        List<List<NameClaim>> claims = new ArrayList<>();
        for (int i = 0; i < extraction.facts().size(); i++) {
            String place = org.localkg.resolve.Places.ofArticleOrPage(region, extraction.articles().get(i).text(), pagePlace);
            claims.add(extraction.facts().get(i).entities().stream().map(e -> NameClaim.of(e, region, id, place, onPage)).toList());
        }
        return claims;
    }

    /**
     * Writes every article with entity keys already resolved (per article, one per entity); thread-safe,
     * since it leaves the registry alone. Returns the graphs written.
     */
    public List<Node> write(Extraction extraction, List<List<String>> canonicalKeys, StreamRDF out) {
        List<Node> graphs = new ArrayList<>();
        for (int i = 0; i < extraction.articles().size(); i++) {
            graphs.add(writer.write(extraction.source(), extraction.articles().get(i), extraction.facts().get(i), canonicalKeys.get(i), out));
        }
        return graphs;
    }

    /** Extracts every article of {@code source} into {@code out}; returns the article graphs written. */
    public List<Node> process(Source source, StreamRDF out) {
        return write(extract(source), out);
    }

    /** A source's articles and what was extracted from each, not yet written. */
    public record Extraction(Source source, List<Article> articles, List<ArticleFacts> facts) {}
}
