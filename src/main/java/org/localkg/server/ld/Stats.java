package org.localkg.server.ld;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.localkg.rdf.LKG;

/** What the dataset holds: entities per class, articles, triples, the date range. Callers hold a read transaction. */
final class Stats {
    final Map<String, Long> perClass = new LinkedHashMap<>();
    long triples;
    long entities;
    String firstDate;
    String lastDate;
    /** Articles per month of their date (yyyy-MM), in order; articles without a date are {@link #undatedArticles}. */
    final Map<String, Long> articlesPerMonth = new java.util.TreeMap<>();
    long undatedArticles;

    static Stats of(DatasetGraph dsg) {
        Stats s = new Stats();
        String q = "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a ?c } "
                + "FILTER(STRSTARTS(STR(?c), \"" + LKG.NS + "\")) } GROUP BY ?c ORDER BY DESC(?n)";
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(q).build()) {
            qe.execSelect().forEachRemaining((QuerySolution r) ->
                    s.perClass.put(r.getResource("c").getURI(), r.getLiteral("n").getLong()));
        }
        String e = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a ?c } VALUES ?c { "
                + "<" + LKG.NS + "Official> <" + LKG.NS + "Person> <" + LKG.NS + "Reporter> <" + LKG.NS + "Enterprise> <"
                + LKG.NS + "Organization> <" + LKG.NS + "Park> <" + LKG.NS + "Project> } }";
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(e).build()) {
            s.entities = qe.execSelect().next().getLiteral("n").getLong();
        }
        String d = "SELECT (MIN(?d) AS ?a) (MAX(?d) AS ?b) WHERE { GRAPH ?g { ?x a <" + LKG.NS + "Article> ; <"
                + LKG.DCT + "date> ?d } }";
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(d).build()) {
            QuerySolution r = qe.execSelect().next();
            s.firstDate = r.contains("a") ? r.getLiteral("a").getLexicalForm() : null;
            s.lastDate = r.contains("b") ? r.getLiteral("b").getLexicalForm() : null;
        }
        String m = "SELECT ?m (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a <" + LKG.NS + "Article> "
                + "OPTIONAL { ?x <" + LKG.DCT + "date> ?d } } BIND(IF(BOUND(?d), SUBSTR(STR(?d), 1, 7), \"\") AS ?m) } GROUP BY ?m";
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(m).build()) {
            qe.execSelect().forEachRemaining(r -> {
                String month = r.getLiteral("m").getLexicalForm();
                long n = r.getLiteral("n").getLong();
                if (month.isEmpty()) {
                    s.undatedArticles = n;
                } else {
                    s.articlesPerMonth.put(month, n);
                }
            });
        }
        s.triples = dsg.stream().count();
        return s;
    }

    long count(String localName) {
        return perClass.getOrDefault(LKG.NS + localName, 0L);
    }
}
