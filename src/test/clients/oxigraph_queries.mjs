// The shipped queries on an independent engine: the store's dump loaded into Oxigraph (its
// default graph read as the union of the named graphs, as the endpoint serves it), each query
// of queries/index.txt run there and on the endpoint (Jena), and the two answers compared as
// multisets of rows. Numbers are compared by value (Jena writes a decimal sum 1.2E9 as
// "1200000000.0", Oxigraph as "1200000000"); row order is not compared, since ORDER BY leaves ties
// in any order. Prints each query's row counts; exit status 1 when any answer differs. An answer
// the endpoint cut at its result limit is reported and not compared.
// Usage: node oxigraph_queries.mjs ENDPOINT DUMP.nq.gz QUERIES_DIR
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import oxigraph from 'oxigraph'

const XSD = 'http://www.w3.org/2001/XMLSchema#'
const NUMERIC = new Set(['integer', 'decimal', 'double', 'float', 'long', 'int', 'short', 'byte',
  'nonNegativeInteger', 'positiveInteger', 'negativeInteger', 'nonPositiveInteger'].map(t => XSD + t))

// one spelling per RDF term: IRIs in <>, literals with their language or datatype, numbers by value
function key(type, value, lang, datatype) {
  if (type === 'uri' || type === 'NamedNode') return `<${value}>`
  if (type === 'bnode' || type === 'BlankNode') return '_:'
  if (lang) return `${JSON.stringify(value)}@${lang.toLowerCase()}`
  if (datatype && NUMERIC.has(datatype)) return `number:${Number(value)}`
  if (!datatype || datatype === XSD + 'string') return JSON.stringify(value)
  return `${JSON.stringify(value)}^^<${datatype}>`
}

function row(vars, get) {
  return vars.map(v => `${v}=${get(v) ?? ''}`).join(' | ')
}

async function jena(endpoint, query) {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json' },
    body: query
  })
  if (!res.ok) throw new Error(`endpoint answered ${res.status}: ${await res.text()}`)
  const json = await res.json()
  const vars = json.head.vars
  return { vars, cut: res.headers.get('X-Result-Limit-Cut'), rows: json.results.bindings.map(b => row(vars, v => b[v] && key(b[v].type, b[v].value, b[v]['xml:lang'], b[v].datatype))) }
}

function oxi(store, query, vars) {
  return store.query(query, { use_default_graph_as_union: true }).map(binding => row(vars, v => {
    const t = binding.get(v)
    return t && key(t.termType, t.value, t.language, t.datatype?.value)
  }))
}

const [endpoint, dump, dir] = process.argv.slice(2)
const store = new oxigraph.Store()
store.load(zlib.gunzipSync(fs.readFileSync(dump)).toString('utf8'), { format: 'application/n-quads' })
let failed = 0
for (const name of fs.readFileSync(path.join(dir, 'index.txt'), 'utf8').split('\n').map(s => s.trim()).filter(Boolean)) {
  const query = fs.readFileSync(path.join(dir, name), 'utf8')
  const { vars, cut, rows: fromJena } = await jena(endpoint, query)
  if (cut) { // the endpoint's --result-limit, not the engine, decided which rows came: nothing to compare
    console.log(`not compared\t${name}\tthe endpoint cut its answer at ${cut} rows (kg serve --result-limit)`)
    continue
  }
  const fromOxigraph = oxi(store, query, vars)
  const a = [...fromJena].sort(), b = [...fromOxigraph].sort()
  const same = a.length === b.length && a.every((r, i) => r === b[i])
  console.log(`${same ? 'same' : 'DIFFERENT'}\t${name}\tJena ${a.length} rows, Oxigraph ${b.length} rows`)
  if (!same) {
    failed++
    a.filter(r => !b.includes(r)).slice(0, 5).forEach(r => console.log(`  only on Jena:     ${r}`))
    b.filter(r => !a.includes(r)).slice(0, 5).forEach(r => console.log(`  only on Oxigraph: ${r}`))
  }
}
process.exit(failed ? 1 : 0)
