/**
 * One entity per real-world thing: name normalisation, the administrative divisions gazetteer,
 * the keys that give an entity the same IRI in every run, and the matching of short names and
 * spelling variants to the entity they stand for.
 */
package org.localkg.resolve;
