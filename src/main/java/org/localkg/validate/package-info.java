/**
 * SHACL validation of article graphs against {@code ontology/shapes.ttl}, read with the ontology
 * so that class constraints see its sub-class axioms.
 */
package org.localkg.validate;
