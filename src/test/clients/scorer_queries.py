"""The four queries the evaluation scorer reads (../shared/eval/score: entities, officials,
projects, inspections) give the same rows in rdflib, the scorer's engine, as at the endpoint.
rdflib 6 loses bindings that Jena keeps (a sub-SELECT inside OPTIONAL), so a query that is right
on Jena and Oxigraph can still score nothing. Usage: scorer_queries.py ENDPOINT DUMP.nq.gz QUERIES_DIR"""
import csv
import gzip
import io
import sys
import urllib.parse
import urllib.request

import rdflib

COLUMNS = {
    "entities.rq": ["entity", "label", "type"],
    "officials.rq": ["official", "post"],
    "projects.rq": ["project", "enterprise", "park", "investment", "expectedYear"],
    "inspections.rq": ["official", "target"],
}


def number(v):
    try:
        return str(float(v))
    except ValueError:
        return v


def at_endpoint(endpoint, text, cols):
    data = urllib.parse.urlencode({"query": text}).encode()
    req = urllib.request.Request(endpoint, data=data, headers={"Accept": "text/csv"})
    with urllib.request.urlopen(req, timeout=120) as r:
        rows = csv.DictReader(io.StringIO(r.read().decode("utf-8")))
        return {tuple(number(row[c]) if row[c] else None for c in cols) for row in rows}


def in_rdflib(ds, text, cols):
    return {tuple(number(str(row[c])) if row[c] is not None else None for c in cols) for row in ds.query(text)}


def main(endpoint, dump, queries):
    ds = rdflib.Dataset(default_union=True)
    with gzip.open(dump, "rb") as f:
        ds.parse(data=f.read(), format="nquads")
    failed = 0
    for name, cols in COLUMNS.items():
        text = open(f"{queries}/{name}", encoding="utf-8").read()
        expected, got = at_endpoint(endpoint, text, cols), in_rdflib(ds, text, cols)
        same = expected == got and len(got) > 0
        print(f"{name}: endpoint {len(expected)} rows, rdflib {len(got)} rows, {'same' if same else 'DIFFERENT'}")
        failed += not same
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
