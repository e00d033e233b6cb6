/** The {@code kg} commands: extract, ingest, serve, query, demo. */
package org.localkg.cli;
