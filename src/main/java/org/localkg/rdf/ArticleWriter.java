package org.localkg.rdf;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.localkg.extract.ArticleFacts;
import org.localkg.extract.Entity;
import org.localkg.extract.EntityType;
import org.localkg.extract.Facts;
import org.localkg.extract.RelativeDates;
import org.localkg.extract.Span;
import org.localkg.ingest.Article;
import org.localkg.ingest.Metadata;
import org.localkg.ingest.Source;
import org.localkg.resolve.Names;

/**
 * Writes one article's extraction as quads of its own named graph (the article's IRI), into a
 * {@link StreamRDF}: the article (title, source, position, byline, text, hash, date), each
 * entity with its labels and NIF mentions, and each fact with the evidence span it rests on
 * (an {@code rdf:Statement} that is also a {@code nif:Phrase}).
 */
public final class ArticleWriter {
    private final IriMinter iris;

    public ArticleWriter(IriMinter iris) {
        this.iris = iris;
    }

    /**
     * Writes the article's graph and returns its IRI.
     *
     * @param canonicalKeys the canonical key of each of {@code facts.entities()}, in their order,
     *                      as the registry resolved their {@link org.localkg.resolve.NameClaim}s
     */
    public Node write(Source source, Article article, ArticleFacts facts, List<String> canonicalKeys, StreamRDF out) {
        if (canonicalKeys.size() != facts.entities().size()) {
            throw new IllegalArgumentException(canonicalKeys.size() + " keys for " + facts.entities().size() + " entities");
        }
        String textHash = IriMinter.hash(article.text(), 64);
        Node a = iris.article(source.id(), article.position(), textHash);
        Emitter g = new Emitter(out, a);
        Metadata md = source.metadata();
        g.add(a, LKG.rdfType, LKG.Article);
        g.add(a, LKG.rdfType, LKG.nifContext);
        if (!article.title().isEmpty()) {
            g.add(a, LKG.title, NodeFactory.createLiteralLang(article.titleText(), "zh"));
        }
        g.add(a, LKG.sourceFile, str(source.id()));
        g.add(a, LKG.position, NodeFactory.createLiteralDT(Integer.toString(article.position()), XSDDatatype.XSDinteger));
        g.add(a, LKG.articleKind, str(article.kind() == Article.Kind.CAPTION ? "caption" : "news"));
        if (article.byline() != null) {
            g.add(a, LKG.byline, str(article.byline()));
        }
        if (article.column() != null) {
            g.add(a, LKG.column, zh(article.column()));
        }
        g.add(a, LKG.textHash, str(textHash));
        g.add(a, LKG.nifIsString, str(article.text()));
        if (md.date() != null) {
            g.add(a, LKG.date, NodeFactory.createLiteralDT(md.date().toString(), XSDDatatype.XSDdate));
        }
        if (md.paper() != null) {
            g.add(a, LKG.publisher, zh(md.paper()));
        }
        if (md.page() != null) {
            g.add(a, LKG.page, str(md.page()));
        }
        if (md.url() != null) {
            g.add(a, LKG.schemaUrl, NodeFactory.createURI(md.url()));
        }

        Map<Entity, Node> nodes = new HashMap<>();
        Map<Entity, String> keys = new HashMap<>();
        for (int k = 0; k < facts.entities().size(); k++) {
            Entity e = facts.entities().get(k);
            String key = canonicalKeys.get(k);
            Node n = iris.entity(key);
            nodes.put(e, n);
            keys.put(e, key);
            for (EntityType t : e.types()) {
                g.add(n, LKG.rdfType, LKG.classOf(t));
            }
            // the article's names, its fullest among them, as skos:altLabel: the entity's one
            // rdfs:label and skos:prefLabel are chosen across every article (CurrentGraph), and
            // an rdfs:label per article would give an entity one per article that names it
            g.add(n, LKG.altLabel, zh(e.name()));
            for (String alias : e.aliases()) {
                g.add(n, LKG.altLabel, zh(alias));
            }
            for (String printed : printedWithGlosses(article, e)) {
                g.add(n, LKG.hiddenLabel, zh(printed)); // found by search, never shown nor preferred
            }
            if (e.role() != null) {
                g.add(n, LKG.role, zh(e.role()));
            }
            // one direction only: schema:mentions, its inverse, is entailed (ontology 0.2.1)
            g.add(n, LKG.mentionedIn, a);
            for (Span s : e.mentions()) {
                Node m = iris.under(a, "m", s.start(), s.end());
                g.add(m, LKG.rdfType, LKG.Mention);
                phrase(g, m, a, article, s);
                g.add(m, LKG.itsTaIdentRef, n);
            }
        }

        for (Facts.Post p : facts.posts()) {
            Node official = nodes.get(p.official());
            Node post = iris.post(keys.get(p.official()), p.title());
            g.add(official, LKG.orgHolds, post);
            g.add(post, LKG.rdfType, LKG.Post);
            g.add(post, LKG.label, zh(p.title()));
            g.add(post, LKG.postTitle, zh(printedTitle(article, p)));
            g.add(post, LKG.orgHeldBy, official);
            if (md.date() != null) {
                g.add(post, LKG.reportedOn, NodeFactory.createLiteralDT(md.date().toString(), XSDDatatype.XSDdate));
            }
            evidence(g, a, article, p.evidence(), official, LKG.orgHolds, post);
            Node org = p.organization() == null ? null : nodes.get(p.organization());
            if (org != null) {
                g.add(post, LKG.orgPostIn, org);
                evidence(g, a, article, p.evidence(), post, LKG.orgPostIn, org);
            }
            // the membership, dated by the article that reports it when nothing better is known
            Node membership = iris.membership(post, a);
            g.add(membership, LKG.rdfType, LKG.orgMembership);
            g.add(membership, LKG.orgMember, official);
            g.add(membership, LKG.post, post);
            g.add(membership, LKG.reportedIn, a);
            if (org != null) {
                g.add(membership, LKG.orgOrganization, org);
            }
            if (md.date() != null) {
                // held during an interval of unknown ends that contains the article's day
                Node during = NodeFactory.createURI(membership.getURI() + "/during");
                Node day = iris.instant(md.date().toString());
                g.add(membership, LKG.orgMemberDuring, during);
                g.add(during, LKG.rdfType, LKG.timeInterval);
                g.add(during, LKG.timeInside, day);
                g.add(day, LKG.rdfType, LKG.timeInstant);
                g.add(day, LKG.timeInXSDDate, NodeFactory.createLiteralDT(md.date().toString(), XSDDatatype.XSDdate));
            }
        }
        for (Facts.Located l : facts.locations()) {
            org.localkg.resolve.Divisions.get().uniqueRegion(l.divisionName(), md.region()).ifPresent(d -> {
                Node place = division(g, d);
                g.add(nodes.get(l.entity()), LKG.inDivision, place);
                evidence(g, a, article, l.evidence(), nodes.get(l.entity()), LKG.inDivision, place);
            });
        }
        for (Facts.Investment i : facts.investments()) {
            Node project = nodes.get(i.project());
            Node value = NodeFactory.createLiteralDT(i.yuan().toPlainString(), XSDDatatype.XSDdecimal);
            g.add(project, LKG.investment, value);
            g.add(project, LKG.investmentText, zh(i.written()));
            evidence(g, a, article, i.evidence(), project, LKG.investment, value);
        }
        for (Facts.ExpectedCompletion c : facts.completions()) {
            Node project = nodes.get(c.project());
            g.add(project, LKG.expectedCompletion, zh(c.written()));
            evidence(g, a, article, c.evidence(), project, LKG.expectedCompletion, zh(c.written()));
            if (c.year() != null) {
                Node year = NodeFactory.createLiteralDT(Integer.toString(c.year()), XSDDatatype.XSDgYear);
                g.add(project, LKG.expectedCompletionYear, year);
                evidence(g, a, article, c.evidence(), project, LKG.expectedCompletionYear, year);
            }
        }
        for (Facts.Status s : facts.statuses()) {
            Node project = nodes.get(s.project());
            Node concept = LKG.statusConcept(s.status());
            g.add(project, LKG.status, concept);
            evidence(g, a, article, s.evidence(), project, LKG.status, concept);
        }
        for (Facts.Link l : facts.parks()) {
            g.add(nodes.get(l.project()), LKG.park, nodes.get(l.other()));
            evidence(g, a, article, l.evidence(), nodes.get(l.project()), LKG.park, nodes.get(l.other()));
        }
        for (Facts.Link l : facts.enterprises()) {
            g.add(nodes.get(l.project()), LKG.enterprise, nodes.get(l.other()));
            evidence(g, a, article, l.evidence(), nodes.get(l.project()), LKG.enterprise, nodes.get(l.other()));
        }
        for (Facts.Inspection ins : facts.inspections()) {
            Node official = nodes.get(ins.official());
            Node i = iris.inspection(a, keys.get(ins.official()));
            g.add(i, LKG.rdfType, LKG.Inspection);
            g.add(i, LKG.inspector, official);
            g.add(i, LKG.reportedIn, a);
            LocalDate day = md.date() == null ? null : RelativeDates.day(sentenceBefore(article.text(), ins.evidence()), md.date());
            LocalDate when = day != null ? day : md.date();
            if (when != null) {
                g.add(i, LKG.date, NodeFactory.createLiteralDT(when.toString(), XSDDatatype.XSDdate));
            }
            for (Entity t : ins.targets()) {
                g.add(i, LKG.inspected, nodes.get(t));
            }
            evidence(g, a, article, ins.evidence(), i, LKG.inspector, official);
        }
        return a;
    }

    /** The text of a span's sentence up to the span's end: where 昨天 and 今天 stand. */
    private static String sentenceBefore(String text, Span s) {
        int from = s.start();
        while (from > 0 && "。！？\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return text.substring(from, s.end());
    }

    /** Writes a division and those it is part of, with their codes; returns its node. */
    private Node division(Emitter g, org.localkg.resolve.Divisions.Division d) {
        Node first = null;
        Node previous = null;
        for (var x : org.localkg.resolve.Divisions.get().withAncestors(d)) {
            Node n = iris.division(x.gbCode());
            g.add(n, LKG.rdfType, switch (x.level()) {
                case "province" -> LKG.Province;
                case "city" -> LKG.PrefectureCity;
                case "county" -> LKG.County;
                default -> LKG.Town;
            });
            g.add(n, LKG.label, zh(x.name()));
            g.add(n, LKG.divisionCode, str(x.gbCode()));
            g.add(n, LKG.codeRelease, NodeFactory.createLiteralDT(org.localkg.resolve.Divisions.RELEASE, XSDDatatype.XSDgYear));
            if (previous != null) {
                g.add(previous, LKG.withinDivision, n);
            }
            if (first == null) {
                first = n;
            }
            previous = n;
        }
        return first;
    }

    private void evidence(Emitter g, Node a, Article article, Span span, Node s, Node p, Node o) {
        // one evidence node per fact: a span may state several facts
        Node ev = iris.evidence(a, span.start(), span.end(), s, p, o);
        g.add(ev, LKG.rdfType, LKG.Evidence);
        g.add(ev, LKG.rdfType, LKG.rdfStatement);
        phrase(g, ev, a, article, span);
        g.add(ev, LKG.rdfSubject, s);
        g.add(ev, LKG.rdfPredicate, p);
        g.add(ev, LKG.rdfObject, o);
    }

    /**
     * The span a mention or evidence node stands for. Its {@code nif:Phrase} type is not written:
     * the ontology makes lkg:Mention and lkg:Evidence sub-classes of nif:Phrase, and the triple,
     * one per mention, cost the store a tenth of its size.
     */
    private static void phrase(Emitter g, Node node, Node a, Article article, Span s) {
        g.add(node, LKG.nifReferenceContext, a);
        g.add(node, LKG.nifBeginIndex, NodeFactory.createLiteralDT(Integer.toString(s.start()), XSDDatatype.XSDnonNegativeInteger));
        g.add(node, LKG.nifEndIndex, NodeFactory.createLiteralDT(Integer.toString(s.end()), XSDDatatype.XSDnonNegativeInteger));
        g.add(node, LKG.nifAnchorOf, str(article.text().substring(s.start(), s.end())));
    }

    /**
     * The entity's names as the page printed them where it glossed a character with pinyin
     * (創(chuàng)新): the text read leaves glosses out, and a reader who copies the name from the
     * page finds it by this form too, with or without the gloss of its last character.
     */
    private static java.util.Set<String> printedWithGlosses(Article article, Entity e) {
        if (article.glosses().isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<String> printed = new java.util.LinkedHashSet<>();
        for (Span s : e.mentions()) {
            String p = article.asPrinted(s.start(), s.end());
            if (p.length() > s.end() - s.start()) {
                printed.add(p);
            }
            String withLast = article.asPrintedWithLastGloss(s.start(), s.end());
            if (withLast != null) {
                printed.add(withLast); // 開發(fā)區(qū): the name as copied with its last character's gloss
            }
        }
        return printed;
    }

    /**
     * A post's title as written: on a page that glosses characters with pinyin (自治區(qū)副主席), as
     * printed in the sentence that gives it; its label stays the title read without glosses.
     */
    private static String printedTitle(Article article, Facts.Post p) {
        if (article.glosses().isEmpty()) {
            return p.title();
        }
        int at = article.text().indexOf(p.title(), p.evidence().start());
        return at < 0 || at + p.title().length() > p.evidence().end() ? p.title() : article.asPrinted(at, at + p.title().length());
    }

    static Node zh(String s) {
        return NodeFactory.createLiteralLang(Names.display(s), "zh");
    }

    static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /** Writes quads of one graph, each once. */
    private static final class Emitter {
        private final StreamRDF out;
        private final Node graph;
        private final java.util.Set<Quad> seen = new java.util.HashSet<>();

        Emitter(StreamRDF out, Node graph) {
            this.out = out;
            this.graph = graph;
        }

        void add(Node s, Node p, Node o) {
            Quad q = Quad.create(graph, s, p, o);
            if (seen.add(q)) {
                out.quad(q);
            }
        }
    }
}
