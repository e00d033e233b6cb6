#!/usr/bin/python3
"""SPARQLWrapper, the SPARQL client most Python notebooks use, with its default parameters
(it sends format=/output=/results= besides the Accept header) against the running server:
SELECT in every result format, CONSTRUCT in Turtle, RDF/XML, N3, N-Triples and JSON-LD, each
parsed. Debian's SPARQLWrapper 1.8 refuses JSON-LD unless the retired rdflib-jsonld package is
installed, and has no N-Triples format: those two are asked for by content negotiation alone.

usage: sparqlwrapper_client.py ENDPOINT   (e.g. http://localhost:3040/kg/sparql)
"""
import csv
import io
import json
import sys
import xml.dom.minidom

import rdflib
from SPARQLWrapper import CSV, JSON, N3, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

endpoint = sys.argv[1]
LKG = "https://w3id.org/localkg/ontology#"
SELECT = f"SELECT ?p WHERE {{ ?p a <{LKG}Official> }} LIMIT 3"
CONSTRUCT = f"CONSTRUCT {{ ?p a <{LKG}Official> }} WHERE {{ ?p a <{LKG}Official> }} LIMIT 3"


def client(query, fmt=None):
    s = SPARQLWrapper(endpoint)
    s.setQuery(query)
    if fmt is not None:
        s.setReturnFormat(fmt)
    return s


def rows(fmt, body):
    if fmt == JSON:
        return len(json.loads(body)["results"]["bindings"])
    if fmt == XML:
        return len(xml.dom.minidom.parseString(body).getElementsByTagName("result"))
    return len(list(csv.reader(io.StringIO(body.decode("utf-8")), delimiter="\t" if fmt == TSV else ","))) - 1


for fmt in (JSON, XML, CSV, TSV):
    body = client(SELECT, fmt).query().response.read()
    assert rows(fmt, body) == 3, f"SELECT {fmt}: {body[:200]}"
    print(f"sparqlwrapper: SELECT as {fmt}: 3 rows")

for fmt in (TURTLE, RDFXML, N3, XML):
    result = client(CONSTRUCT, fmt).query()
    g = result.convert()
    if isinstance(g, bytes):  # Turtle and N3 come back as text for the caller to parse
        g = rdflib.Graph().parse(data=g, format="turtle")
    assert len(g) == 3, f"CONSTRUCT {fmt}: {len(g)} triples"
    print(f"sparqlwrapper: CONSTRUCT as {fmt} ({result.response.headers.get('Content-Type')}): 3 triples")

for media, rdflib_format in (("application/n-triples", "nt"), ("application/ld+json", "json-ld")):
    s = client(CONSTRUCT)
    s.setOnlyConneg(True)
    s.addCustomHttpHeader("Accept", media)
    response = s.query().response
    ctype = response.headers.get("Content-Type", "")
    assert ctype.startswith(media), f"{media}: got {ctype}"
    g = rdflib.Graph().parse(data=response.read(), format=rdflib_format)
    assert len(g) == 3, f"CONSTRUCT {media}: {len(g)} triples"
    print(f"sparqlwrapper: CONSTRUCT as {media}: 3 triples")
