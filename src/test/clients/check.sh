#!/usr/bin/env bash
# Real clients against a real server: curl (303, Vary, 406, every media type; reconciliation and
# search as OpenRefine and scripts call them), rdflib (dereference and parse Turtle and JSON-LD,
# the ontology, the Graph Store Protocol's read in every format), SPARQLWrapper (its default
# parameters; SELECT and CONSTRUCT in every format) and headless Chromium (an entity page, a link
# followed to another entity, the query page, a query from a second origin through CORS, a
# screenshot of the entity page kept in target/client-checks/; the query page through
# puppeteer-core, which this script installs from npm); the pages' readable titles and numbers,
# and the time pictures on a store of generated dated pages (kg demo --dated), with screenshots
# kept there too; and two independent engines on the store's dump, installed from package.json
# here with npm: rdf-validate-shacl (each article graph against ontology/shapes.ttl, with the
# ontology graph the dump carries) and Oxigraph (every query of queries/ gives the rows the
# endpoint gives). The store holds the sample pages and four dated pages
# (src/test/resources/org/localkg/dated), so that the queries about dates have rows. Needs the jar
# (mvn package), python3-rdflib, python3-sparqlwrapper, chromium and npm; .ci/run installs them
# (without npm, the two engines' checks are skipped with a message).
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=target/client-checks
rm -rf "$out" && mkdir -p "$out"
jar=target/localkg.jar
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
other=$(free_port)
root="http://localhost:$port"
java -jar "$jar" ingest --store "$out/store" src/main/resources/org/localkg/corpus >"$out/ingest.log" 2>&1
java -jar "$jar" ingest --store "$out/store" src/test/resources/org/localkg/dated >>"$out/ingest.log" 2>&1
java -jar "$jar" serve --store "$out/store" --port "$port" >"$out/server.log" 2>&1 &
server=$!
python3 -m http.server "$other" --bind 127.0.0.1 --directory src/test/clients >"$out/other-origin.log" 2>&1 &
origin=$!
trap 'kill $server $origin 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "$root/" >/dev/null && break; sleep 1; done

pass=0 fail=0
check() { if "$@"; then pass=$((pass+1)); else echo "FAILED: $*"; fail=$((fail+1)); fi; }
status() { curl -s -o /dev/null -w '%{http_code}' -H "Accept: $2" "$root$1"; }
header() { curl -s -D - -o /dev/null -H "Accept: $2" "$root$1" | tr -d '\r' | grep -i "^$3:" | cut -d' ' -f2-; }

entity=$(curl -s -H 'Accept: text/csv' --data-urlencode \
  'query=PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX lkg: <https://w3id.org/localkg/ontology#> SELECT ?e WHERE { ?e a lkg:Official ; rdfs:label "陈金虎"@zh } LIMIT 1' \
  "$root/kg/sparql" | tail -1 | tr -d '\r')
path=${entity#http://localhost:3030}
echo "entity: $path"

# the jar names the Jena it was built with (Jena's own constant says "<development>" in a shaded jar)
jena=$(sed -n 's:.*<jena.version>\(.*\)</jena.version>.*:\1:p' pom.xml)
check grep -q "(Apache Jena $jena, Java" <(java -jar "$jar" --version)

# curl: 303 with Vary, 406, every media type
check test "$(status "$path" 'text/html')" = 303
check test "$(header "$path" 'text/html' Location)" = "${path/\/id\//\/page\/}"
check test "$(header "$path" 'text/turtle' Vary)" = Accept
check test "$(status "$path" 'image/png')" = 406
for media in text/turtle application/ld+json application/rdf+xml application/n-triples; do
  loc=$(header "$path" "$media" Location)
  check test "$(status "$path" "$media")" = 303
  check test "$(curl -s -o /dev/null -w '%{content_type}' -H "Accept: $media" "$root$loc" | cut -d';' -f1)" = "$media"
done
check test "$(status "${path/\/id\//\/data\/}" 'image/png')" = 406
check test "$(curl -s -o /dev/null -w '%{http_code}' "$root${path/\/id\//\/data\/}?format=jsonld")" = 200

# rdflib
check /usr/bin/python3 src/test/clients/rdflib_client.py "$root" "$path"

# SPARQLWrapper with its default parameters
check /usr/bin/python3 src/test/clients/sparqlwrapper_client.py "$root/kg/sparql"

# OpenRefine's reconciliation requests: the manifest, then a form-encoded batch
check grep -q '"versions":\["0.2"\]' <(curl -s "$root/reconcile")
check grep -q '"match":true' <(curl -s --data-urlencode 'queries={"q0":{"query":"陈金虎","type":"Official","type_strict":"should"}}' "$root/reconcile")
check grep -q '陈金虎' <(curl -s -H 'Accept: application/json' "$root/search?q=%E9%87%91%E8%99%8E")

# headless Chromium
chrome() {
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$(mktemp -d)" --virtual-time-budget=15000 "$@" 2>/dev/null
}
chrome --dump-dom "$root${path/\/id\//\/page\/}" >"$out/entity.html"
check grep -q '陈金虎' "$out/entity.html"
chrome --window-size=412,1400 --screenshot="$out/entity-page.png" "$root${path/\/id\//\/page\/}" >/dev/null
check test -s "$out/entity-page.png"
link=$(grep -o 'href="/page/[a-z]*/[^"#]*"' "$out/entity.html" | grep -v '/page/article/' | head -1 | cut -d'"' -f2 || true)
chrome --dump-dom "$root$link" >"$out/linked.html"
check grep -q '<h1>' "$out/linked.html"
check grep -q 'Facts' "$out/linked.html"
chrome --dump-dom "$root/query" >"$out/query.html"
check grep -q 'CodeMirror' "$out/query.html"
chrome --dump-dom "http://127.0.0.1:$other/cors_page.html?endpoint=$root/kg/sparql" >"$out/cors.html"
check grep -q 'ROWS [1-9]' "$out/cors.html"
check grep -q '陈金虎:市委书记' "$out/cors.html"

# the query page driven like a researcher (puppeteer-core on the same Chromium): example links,
# edits kept across reloads, labels beside IRIs, the chart, timeline and graph views, a CONSTRUCT and a
# DESCRIBE as a graph with their Turtle; screenshots
# in target/client-checks/
npm_dir=target/client-npm
test -d "$npm_dir/node_modules/puppeteer-core" \
  || npm install --silent --no-save --no-audit --no-fund --prefix "$npm_dir" puppeteer-core@24.43.1 >/dev/null
cp src/test/clients/query_page.mjs "$npm_dir/"
check node "$npm_dir/query_page.mjs" "$root" "$out"

# the pages answer: readable titles, numbers as written, links from the home page's counts
check grep -q 'href="/class/Official"' <(curl -s "$root/")
check test -z "$(grep -o '<h1>.*</h1>' "$out/entity.html" | grep '[0-9a-f]\{16\}' || true)"
for kind in Inspection Membership Article; do
  ns=lkg; [ "$kind" = Membership ] && ns=org
  one=$(curl -s -H 'Accept: text/csv' --data-urlencode "query=PREFIX lkg: <https://w3id.org/localkg/ontology#> PREFIX org: <http://www.w3.org/ns/org#> SELECT ?e WHERE { ?e a $ns:$kind } LIMIT 1" \
    "$root/kg/sparql" | tail -1 | tr -d '\r')
  chrome --dump-dom "$root/page/${one#http://localhost:3030/id/}" >"$out/$kind.html"
  check test -z "$(grep -o '<h1>.*</h1>' "$out/$kind.html" | grep '[0-9a-f]\{16\}' || true)"
  check test -z "$(sed 's/<code>[^<]*<\/code>//g; s/href="[^"]*"//g' "$out/$kind.html" | grep -E '[0-9]{6,}\.0|[0-9]\.[0-9]+E[0-9]' || true)"
done
# the sample pages carry no dates: their time pictures say so instead of drawing
check grep -q 'no dated facts' "$out/entity.html"

# the time pictures, on a store of generated dated pages served by kg demo --dated
dated_port=$(free_port)
dated="http://localhost:$dated_port"
java -jar "$jar" demo --store "$out/dated-store" --port "$dated_port" --dated 25 >"$out/dated.log" 2>&1 &
dated_server=$!
trap 'kill $server $origin $dated_server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "$dated/" >/dev/null && break; sleep 1; done
first() {
  curl -s -H 'Accept: text/csv' --data-urlencode "query=PREFIX lkg: <https://w3id.org/localkg/ontology#> PREFIX org: <http://www.w3.org/ns/org#> $1" \
    "$dated/kg/sparql" | tail -1 | tr -d '\r' | sed "s|^http://localhost:$dated_port/id/|$dated/page/|"
}
official=$(first 'SELECT ?p WHERE { ?m org:member ?p } GROUP BY ?p ORDER BY DESC(COUNT(?m)) LIMIT 1')
project=$(first 'SELECT ?p WHERE { ?p lkg:status ?s } GROUP BY ?p ORDER BY DESC(COUNT(DISTINCT ?s)) LIMIT 1')
park=$(first 'SELECT ?k WHERE { ?p lkg:park ?k } GROUP BY ?k ORDER BY DESC(COUNT(?p)) LIMIT 1')
for pair in "official timeline $official" "project stage-line $project" "park investment-by-year $park" "home articles-per-month $dated/"; do
  set -- $pair
  chrome --dump-dom "$3" >"$out/dated-$1.html"
  check grep -q "<svg class=\"$2\"" "$out/dated-$1.html"
  check grep -q '<circle\|<rect' "$out/dated-$1.html"
  chrome --window-size=1200,2000 --screenshot="$out/dated-$1.png" "$3" >/dev/null
  check test -s "$out/dated-$1.png"
done
check grep -q '<svg class="neighbourhood"' "$out/dated-official.html"
# the cards of the other kinds of page, and an entity's mentions a page at a time
for pair in "inspection ?e a lkg:Inspection" "membership ?e a org:Membership" "enterprise ?p lkg:enterprise ?e" \
    "organisation ?m org:organization ?e" "article ?e a lkg:Article"; do
  set -- $pair
  url=$(first "SELECT ?e WHERE { $2 $3 $4 } ORDER BY ?e LIMIT 1")
  chrome --dump-dom "$url" >"$out/dated-$1.html"
  check grep -q '<section class="card">' "$out/dated-$1.html"
  chrome --window-size=1200,2000 --screenshot="$out/dated-$1.png" "$url" >/dev/null
  check test -s "$out/dated-$1.png"
done
check grep -q '提及 Mentions ([0-9]*)' "$out/dated-official.html"

# independent engines on the dump: rdf-validate-shacl and Oxigraph, at the versions package-lock.json pins
if command -v npm >/dev/null && command -v node >/dev/null; then
  check npm ci --prefix src/test/clients --no-audit --no-fund --silent
  curl -s -o "$out/dump.nq.gz" "$root/dump.nq.gz"
  check node src/test/clients/shacl_check.mjs ontology/shapes.ttl "$out/dump.nq.gz" >"$out/shacl.log" 2>&1
  tail -1 "$out/shacl.log"
  check node src/test/clients/oxigraph_queries.mjs "$root/kg/sparql" "$out/dump.nq.gz" queries >"$out/oxigraph.log" 2>&1
  cat "$out/oxigraph.log"
else
  echo "rdf-validate-shacl and Oxigraph checks skipped: npm or node missing"
fi

# the four queries the evaluation scorer reads give the endpoint's rows in rdflib, its engine
curl -s -o "$out/dump-rdflib.nq.gz" "$root/dump.nq.gz"
check /usr/bin/python3 src/test/clients/scorer_queries.py "$root/kg/sparql" "$out/dump-rdflib.nq.gz" queries

echo "client checks: $pass passed, $fail failed"
test "$fail" = 0
