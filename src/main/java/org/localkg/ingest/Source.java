package org.localkg.ingest;

/**
 * One source file, read: its identity, its text (front matter taken off) and its metadata.
 *
 * @param id       stable identity of the source: the file name for files, so that the same page
 *                 gets the same article IRIs on every machine
 * @param location where it was read from (path or classpath resource), for messages and provenance
 * @param text     the page text, front matter taken off
 * @param hash     SHA-256 of the raw bytes, hex; an unchanged file is not ingested again
 */
public record Source(String id, String location, String text, Metadata metadata, String hash) {}
