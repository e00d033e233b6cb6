// An independent SHACL engine (rdf-validate-shacl, on the RDF/JS stack) over the store's dump.
// The shapes describe one article's graph (ontology/shapes.ttl), so each article graph of the
// dump is validated on its own, together with the ontology graph the dump carries
// (<https://w3id.org/localkg/ontology>: the class hierarchy the shapes' sh:class and sh:targetClass
// rely on, and the status concepts), and with nothing from this project's files but the shapes.
// Prints each violation and a count; exit status 1 when there is any.
// Usage: node shacl_check.mjs SHAPES.ttl DUMP.nq[.gz]
import fs from 'node:fs'
import zlib from 'node:zlib'
import N3 from 'n3'
import SHACLValidator from 'rdf-validate-shacl'

const ONTOLOGY_GRAPH = 'https://w3id.org/localkg/ontology'
// the graph of current facts: one statement per entity chosen across articles, not an article
const CURRENT_GRAPH = 'https://w3id.org/localkg/graph/current'

function parse(file, format) {
  let bytes = fs.readFileSync(file)
  if (file.endsWith('.gz')) bytes = zlib.gunzipSync(bytes)
  return new N3.Parser({ format }).parse(bytes.toString('utf8'))
}

const [shapesFile, dumpFile] = process.argv.slice(2)
const shapes = new N3.Store(parse(shapesFile, 'text/turtle'))
const byGraph = new Map()
for (const q of parse(dumpFile, 'application/n-quads')) {
  if (!byGraph.has(q.graph.value)) byGraph.set(q.graph.value, [])
  byGraph.get(q.graph.value).push(N3.DataFactory.quad(q.subject, q.predicate, q.object))
}
const ontology = byGraph.get(ONTOLOGY_GRAPH) ?? []
if (!ontology.length) console.log(`the dump has no ontology graph <${ONTOLOGY_GRAPH}>`)
const validator = new SHACLValidator(shapes)
let graphs = 0, violations = 0
for (const [graph, quads] of byGraph) {
  if (graph === ONTOLOGY_GRAPH || graph === CURRENT_GRAPH || graph.endsWith('/graph/sources')) continue
  graphs++
  const report = await validator.validate(new N3.Store([...quads, ...ontology]))
  for (const r of report.results) {
    violations++
    console.log(`${r.severity?.value}\t${graph}\t${r.focusNode?.value}\t${r.path?.value ?? '-'}\t${r.message.map(m => m.value).join('; ')}`)
  }
}
console.log(`rdf-validate-shacl: ${graphs} article graphs, ${violations} violation(s)`)
process.exit(violations || !graphs ? 1 : 0)
