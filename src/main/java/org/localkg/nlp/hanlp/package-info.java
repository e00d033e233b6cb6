/** The adapter to HanLP 1.x: the only package that imports {@code com.hankcs}. */
package org.localkg.nlp.hanlp;
