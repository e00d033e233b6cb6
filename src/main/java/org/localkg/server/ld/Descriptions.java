package org.localkg.server.ld;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.localkg.rdf.LKG;

/** The dataset's VoID description and the endpoint's SPARQL 1.1 Service Description. */
final class Descriptions {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    static final List<String> VOCABULARIES = List.of(LKG.NS, LKG.ORG, LKG.SCHEMA, LKG.FOAF, LKG.PROV, LKG.DCT, LKG.SKOS,
            LKG.NIF, LKG.ITSRDF, LKG.TIME, "http://www.w3.org/2000/01/rdf-schema#");

    private Descriptions() {}

    private static Node u(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Graph voidDescription(String base, Stats stats) {
        Graph g = GraphFactory.createDefaultGraph();
        Describer.prefixes(g);
        g.getPrefixMapping().setNsPrefix("void", VOID).setNsPrefix("sd", SD);
        Node ds = u(base + ".well-known/void#dataset");
        g.add(Triple.create(ds, LKG.rdfType, u(VOID + "Dataset")));
        g.add(Triple.create(ds, LKG.title, NodeFactory.createLiteralLang("地方政务新闻知识图谱", "zh")));
        g.add(Triple.create(ds, LKG.title, NodeFactory.createLiteralLang("localkg: Chinese local-government news knowledge graph", "en")));
        g.add(Triple.create(ds, u(LKG.DCT + "license"), u(LICENSE)));
        g.add(Triple.create(ds, u(VOID + "sparqlEndpoint"), u(base + "kg/sparql")));
        g.add(Triple.create(ds, u(VOID + "dataDump"), u(base + "dump.nq.gz")));
        g.add(Triple.create(ds, u(VOID + "uriSpace"), NodeFactory.createLiteralString(base + "id/")));
        g.add(Triple.create(ds, u(VOID + "triples"), integer(stats.triples)));
        g.add(Triple.create(ds, u(VOID + "entities"), integer(stats.entities)));
        g.add(Triple.create(ds, u(VOID + "classes"), integer(stats.perClass.size())));
        for (String v : VOCABULARIES) {
            g.add(Triple.create(ds, u(VOID + "vocabulary"), u(v)));
        }
        g.add(Triple.create(ds, u(VOID + "rootResource"), u(base)));
        int i = 0;
        for (Map.Entry<String, Long> e : stats.perClass.entrySet()) {
            Node part = u(base + ".well-known/void#class-" + (i++));
            g.add(Triple.create(ds, u(VOID + "classPartition"), part));
            g.add(Triple.create(part, u(VOID + "class"), u(e.getKey())));
            g.add(Triple.create(part, u(VOID + "entities"), integer(e.getValue())));
        }
        return g;
    }

    static Graph serviceDescription(String base, long timeoutMillis, long maxRows) {
        Graph g = GraphFactory.createDefaultGraph();
        Describer.prefixes(g);
        g.getPrefixMapping().setNsPrefix("sd", SD).setNsPrefix("void", VOID);
        Node service = u(base + "kg/sparql#service");
        g.add(Triple.create(service, LKG.rdfType, u(SD + "Service")));
        g.add(Triple.create(service, u(SD + "endpoint"), u(base + "kg/sparql")));
        g.add(Triple.create(service, u(SD + "supportedLanguage"), u(SD + "SPARQL11Query")));
        g.add(Triple.create(service, u(SD + "feature"), u(SD + "UnionDefaultGraph")));
        g.add(Triple.create(service, u(SD + "feature"), u(SD + "BasicFederatedQuery")));
        for (String f : List.of("http://www.w3.org/ns/formats/SPARQL_Results_JSON", "http://www.w3.org/ns/formats/SPARQL_Results_XML",
                "http://www.w3.org/ns/formats/SPARQL_Results_CSV", "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
                "http://www.w3.org/ns/formats/Turtle", "http://www.w3.org/ns/formats/JSON-LD", "http://www.w3.org/ns/formats/N-Triples",
                "http://www.w3.org/ns/formats/RDF_XML")) {
            g.add(Triple.create(service, u(SD + "resultFormat"), u(f)));
        }
        Node dataset = u(base + "kg/sparql#dataset");
        Node defaultGraph = u(base + "kg/sparql#default-graph");
        g.add(Triple.create(service, u(SD + "defaultDataset"), dataset));
        g.add(Triple.create(dataset, LKG.rdfType, u(SD + "Dataset")));
        g.add(Triple.create(dataset, u(SD + "defaultGraph"), defaultGraph));
        g.add(Triple.create(defaultGraph, LKG.rdfType, u(SD + "Graph")));
        g.add(Triple.create(defaultGraph, u(LKG.RDFS + "comment"), NodeFactory.createLiteralLang(
                "The union of all article graphs; each article's own graph is named by the article's IRI.", "en")));
        g.add(Triple.create(service, LKG.queryTimeLimit,
                NodeFactory.createLiteralDT(java.math.BigDecimal.valueOf(timeoutMillis, 3).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal)));
        g.add(Triple.create(service, LKG.resultSizeLimit, integer(maxRows)));
        g.add(Triple.create(service, u(LKG.RDFS + "comment"), NodeFactory.createLiteralLang(
                "Read-only. A query runs at most " + timeoutMillis / 1000.0 + " s and returns at most " + maxRows
                        + " rows: a query without LIMIT, or with a larger one, is cut to that.", "en")));
        g.add(Triple.create(service, u(VOID + "inDataset"), u(base + ".well-known/void#dataset")));
        return g;
    }
}
