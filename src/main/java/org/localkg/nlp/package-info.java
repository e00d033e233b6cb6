/**
 * The text model (spans, tokens) and the segmenter role. Only {@code nlp.hanlp} imports HanLP;
 * everything else sees {@link org.localkg.nlp.Segmenter}.
 */
package org.localkg.nlp;
