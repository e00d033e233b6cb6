#!/usr/bin/python3
"""rdflib, an independent RDF client, dereferences an entity IRI of the running server and
parses what it gets as Turtle and as JSON-LD (following the 303 like any Linked Data client).

usage: rdflib_client.py SERVER_ROOT ENTITY_PATH   (e.g. http://localhost:3040 /id/person/...)
"""
import sys
import urllib.parse
import urllib.request

import rdflib

root, path = sys.argv[1], sys.argv[2]
for media, fmt in (("text/turtle", "turtle"), ("application/ld+json", "json-ld")):
    req = urllib.request.Request(root + path, headers={"Accept": media})
    with urllib.request.urlopen(req) as resp:  # follows the 303 to the data document
        body = resp.read()
        ctype = resp.headers.get("Content-Type", "")
        final = resp.geturl()
    assert ctype.startswith(media), f"{media}: got {ctype} from {final}"
    g = rdflib.Graph()
    g.parse(data=body, format=fmt, publicID=final)
    labels = [str(o) for o in g.objects(None, rdflib.RDFS.label)]
    assert len(g) > 5 and labels, f"{media}: {len(g)} triples, labels {labels}"
    print(f"rdflib: {media} from {final}: {len(g)} triples, labels include {labels[0]}")

# the ontology, loaded the way rdflib loads any IRI (its Accept header asks RDF/XML first)
onto = rdflib.Graph().parse(root + "/ontology")
assert (rdflib.URIRef("https://w3id.org/localkg/ontology"), rdflib.RDF.type, rdflib.OWL.Ontology) in onto, "no ontology"
print(f"rdflib: /ontology: {len(onto)} triples")

# the Graph Store Protocol's read: the graph of the article that mentions the entity, in every format
q = urllib.parse.quote(f'SELECT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRENDS(STR(?s), "{path}")) }} LIMIT 1')
with urllib.request.urlopen(urllib.request.Request(f"{root}/kg/sparql?query={q}", headers={"Accept": "text/csv"})) as resp:
    graph = resp.read().decode("utf-8").splitlines()[1].strip()
for media, fmt in (("text/turtle", "turtle"), ("application/rdf+xml", "xml"), ("application/ld+json", "json-ld"),
                   ("application/n-triples", "nt")):
    url = f"{root}/kg?graph={urllib.parse.quote(graph, safe='')}"
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": media})) as resp:
        g = rdflib.Graph().parse(data=resp.read(), format=fmt)
    assert len(g) > 5, f"GSP {media}: {len(g)} triples"
    print(f"rdflib: GET /kg?graph=… as {media}: {len(g)} triples")
