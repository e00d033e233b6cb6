/**
 * The learned name recogniser: a character-level tagger on HanLP's linear model, its training on
 * CLUENER2020-format data, and exact-span scoring.
 */
package org.localkg.nlp.ner;
