#!/usr/bin/python3
"""rdflib, an independent RDF client, dereferences an entity IRI of the running server and
parses what it gets as Turtle and as JSON-LD (following the 303 like any Linked Data client).

usage: rdflib_client.py SERVER_ROOT ENTITY_PATH   (e.g. http://localhost:3040 /id/person/...)
"""
import sys
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
