package org.localkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The project's ontology terms and the standard vocabularies it uses, as Jena nodes. Kept in
 * step with {@code ontology/localkg.ttl} by a test: add a term there and here together.
 */
public final class LKG {
    public static final String NS = "https://w3id.org/localkg/ontology#";
    public static final String ONTOLOGY = "https://w3id.org/localkg/ontology";

    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String TIME = "http://www.w3.org/2006/time#";

    // classes
    public static final Node Article = term("Article");
    public static final Node Source = term("Source");
    public static final Node Person = term("Person");
    public static final Node Official = term("Official");
    public static final Node Reporter = term("Reporter");
    public static final Node Organization = term("Organization");
    public static final Node Enterprise = term("Enterprise");
    public static final Node Park = term("Park");
    public static final Node Project = term("Project");
    public static final Node Post = term("Post");
    public static final Node Inspection = term("Inspection");
    public static final Node Mention = term("Mention");
    public static final Node Evidence = term("Evidence");
    public static final Node ProjectStatus = term("ProjectStatus");
    public static final Node statusScheme = term("statusScheme");
    public static final Node AdministrativeDivision = term("AdministrativeDivision");
    public static final Node Province = term("Province");
    public static final Node PrefectureCity = term("PrefectureCity");
    public static final Node County = term("County");
    public static final Node Town = term("Town");

    // article properties
    public static final Node sourceFile = term("sourceFile");
    public static final Node position = term("position");
    public static final Node byline = term("byline");
    public static final Node textHash = term("textHash");
    public static final Node column = term("column");
    public static final Node articleKind = term("articleKind");
    public static final Node page = term("page");

    // entity and fact properties
    public static final Node mentionedIn = term("mentionedIn");
    public static final Node postTitle = term("postTitle");
    public static final Node role = term("role");
    public static final Node investment = term("investment");
    public static final Node investmentText = term("investmentText");
    public static final Node expectedCompletion = term("expectedCompletion");
    public static final Node expectedCompletionYear = term("expectedCompletionYear");
    public static final Node status = term("status");
    public static final Node park = term("park");
    public static final Node enterprise = term("enterprise");
    public static final Node inspector = term("inspector");
    public static final Node inspected = term("inspected");
    public static final Node reportedIn = term("reportedIn");
    public static final Node reportedOn = term("reportedOn");
    public static final Node post = term("post");
    public static final Node inDivision = term("inDivision");
    public static final Node withinDivision = term("withinDivision");
    public static final Node coversDivision = term("coversDivision");
    public static final Node divisionCode = term("divisionCode");
    public static final Node codeRelease = term("codeRelease");
    public static final Node queryTimeLimit = term("queryTimeLimit");
    public static final Node resultSizeLimit = term("resultSizeLimit");

    // source bookkeeping
    public static final Node location = term("location");
    public static final Node sha256 = term("sha256");
    public static final Node hasArticle = term("hasArticle");

    // standard vocabularies
    public static final Node rdfType = NodeFactory.createURI(RDF + "type");
    public static final Node rdfStatement = NodeFactory.createURI(RDF + "Statement");
    public static final Node rdfSubject = NodeFactory.createURI(RDF + "subject");
    public static final Node rdfPredicate = NodeFactory.createURI(RDF + "predicate");
    public static final Node rdfObject = NodeFactory.createURI(RDF + "object");
    public static final Node label = NodeFactory.createURI(RDFS + "label");
    public static final Node altLabel = NodeFactory.createURI(SKOS + "altLabel");
    public static final Node prefLabel = NodeFactory.createURI(SKOS + "prefLabel");
    public static final Node hiddenLabel = NodeFactory.createURI(SKOS + "hiddenLabel");
    public static final Node inScheme = NodeFactory.createURI(SKOS + "inScheme");
    public static final Node title = NodeFactory.createURI(DCT + "title");
    public static final Node date = NodeFactory.createURI(DCT + "date");
    public static final Node dctSource = NodeFactory.createURI(DCT + "source");
    public static final Node publisher = NodeFactory.createURI(DCT + "publisher");
    public static final Node schemaUrl = NodeFactory.createURI(SCHEMA + "url");
    public static final Node schemaMentions = NodeFactory.createURI(SCHEMA + "mentions");
    public static final Node orgHolds = NodeFactory.createURI(ORG + "holds");
    public static final Node orgHeldBy = NodeFactory.createURI(ORG + "heldBy");
    public static final Node orgPost = NodeFactory.createURI(ORG + "Post");
    public static final Node orgPostIn = NodeFactory.createURI(ORG + "postIn");
    public static final Node orgMembership = NodeFactory.createURI(ORG + "Membership");
    public static final Node orgMember = NodeFactory.createURI(ORG + "member");
    public static final Node orgOrganization = NodeFactory.createURI(ORG + "organization");
    public static final Node orgMemberDuring = NodeFactory.createURI(ORG + "memberDuring");
    public static final Node timeInstant = NodeFactory.createURI(TIME + "Instant");
    public static final Node timeInterval = NodeFactory.createURI(TIME + "Interval");
    public static final Node timeInside = NodeFactory.createURI(TIME + "inside");
    public static final Node timeInXSDDate = NodeFactory.createURI(TIME + "inXSDDate");
    public static final Node provActivity = NodeFactory.createURI(PROV + "Activity");
    public static final Node provWasDerivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");
    public static final Node nifContext = NodeFactory.createURI(NIF + "Context");
    public static final Node nifIsString = NodeFactory.createURI(NIF + "isString");
    public static final Node nifBeginIndex = NodeFactory.createURI(NIF + "beginIndex");
    public static final Node nifEndIndex = NodeFactory.createURI(NIF + "endIndex");
    public static final Node nifAnchorOf = NodeFactory.createURI(NIF + "anchorOf");
    public static final Node nifReferenceContext = NodeFactory.createURI(NIF + "referenceContext");
    public static final Node itsTaIdentRef = NodeFactory.createURI(ITSRDF + "taIdentRef");

    private LKG() {}

    public static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    /** The SKOS concept of a project status, e.g. lkg:status-topped-out. */
    public static Node statusConcept(org.localkg.extract.ProjectStatus s) {
        return term("status-" + s.localName());
    }

    /** The class of an entity type. */
    public static Node classOf(org.localkg.extract.EntityType t) {
        return term(t.label());
    }
}
