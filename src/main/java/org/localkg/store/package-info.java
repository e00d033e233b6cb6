/**
 * The TDB2 store: one transaction per source file, unchanged files skipped, changed files'
 * old articles replaced, so that ingesting is idempotent; a bad file never touches what is stored.
 */
package org.localkg.store;
