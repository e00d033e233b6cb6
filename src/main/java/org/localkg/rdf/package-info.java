/**
 * Facts to triples: the vocabulary constants, IRI minting, and the writer that turns one
 * article's extraction into its named graph, with NIF mentions and reified evidence so that
 * every fact points back at the characters it came from.
 */
package org.localkg.rdf;
