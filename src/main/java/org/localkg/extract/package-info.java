/**
 * Recognisers and relation rules: an article's text in, mentions and facts out. Each recogniser
 * reads a {@link org.localkg.extract.ArticleText} and adds to an
 * {@link org.localkg.extract.ArticleFacts}; the rules read general vocabularies from
 * {@code lexicon/}, never lists of what particular pages mention.
 */
package org.localkg.extract;
