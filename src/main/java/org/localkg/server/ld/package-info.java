/**
 * The Linked Data layer, a Fuseki module: entity IRIs that answer 303 to an HTML page or a data
 * document by content negotiation, the pages and documents themselves, article pages with their
 * mentions marked, the home page with a label search, the query page, VoID, the dump.
 */
package org.localkg.server.ld;
