/**
 * The embedded Fuseki server: a read-only SPARQL endpoint over the union of the article graphs,
 * CORS on, and entity IRIs that dereference to their description.
 */
package org.localkg.server;
