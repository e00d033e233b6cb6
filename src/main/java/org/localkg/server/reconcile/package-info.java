/**
 * The W3C Reconciliation Service API 0.2 at {@code /reconcile}: the manifest, batched queries with
 * type and property constraints, suggest, preview and data extension, over the store's label index.
 */
package org.localkg.server.reconcile;
