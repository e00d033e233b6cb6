/**
 * Reading sources: bytes to text (UTF-8 or GB18030, binary rejected), optional metadata from a
 * front-matter block or a sidecar file, paragraphs that OCR broke rejoined, and a newspaper page
 * split into articles (headline, byline, body, photo captions), slogans and advertisements left out.
 */
package org.localkg.ingest;
