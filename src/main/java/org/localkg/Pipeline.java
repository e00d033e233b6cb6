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

/**
 * The whole chain for one source: split the page into articles, extract each, write each as its
 * named graph into a sink. One pipeline serves a run; its registry carries entity identity from
 * one source to the next.
 */
public final class Pipeline {
    private final ArticleExtractor extractor = new ArticleExtractor(HanlpSegmenter.get());
    private final IriMinter iris;
    private final EntityRegistry registry;
    private final ArticleWriter writer;
    private InputLimits limits = InputLimits.DEFAULT;

    public Pipeline(String base, EntityRegistry registry) {
        this.iris = new IriMinter(base, HanlpPinyin.get());
        this.registry = registry;
        this.writer = new ArticleWriter(iris, registry);
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

    public IriMinter iris() {
        return iris;
    }

    public EntityRegistry registry() {
        return registry;
    }

    /** Extracts every article of {@code source} into {@code out}; returns the article graphs written. */
    public List<Node> process(Source source, StreamRDF out) {
        List<Node> graphs = new ArrayList<>();
        List<Article> articles = PageSplitter.split(source.text());
        for (Article article : articles) {
            if (article.text().length() > limits.maxArticleChars()) {
                throw new SourceException(source.location(), "article " + article.position() + " is " + article.text().length()
                        + " characters, more than the limit of " + limits.maxArticleChars() + " (a wrong file or a page that was not split); skipped");
            }
        }
        for (Article article : articles) {
            ArticleFacts facts = extractor.extract(article, source.metadata().date());
            graphs.add(writer.write(source, article, facts, out));
        }
        return graphs;
    }
}
