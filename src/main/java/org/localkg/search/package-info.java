/**
 * Finding entities by name: a Lucene index of every label (jena-text, kept in step with the
 * store's write transactions), the ranking of its hits, and the services built on it
 * (label search, reconciliation, linking to other datasets).
 */
package org.localkg.search;
