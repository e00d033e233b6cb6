/**
 * The Linked Data layer, a Fuseki module: entity IRIs that answer 303 to an HTML page or a data
 * document by content negotiation, the pages and documents themselves, article pages with their
 * mentions marked, the home page with a label search, the query page, VoID, the dump. Pages
 * open with a summary card and pictures drawn on the server as inline SVG from dated facts only
 * ({@code Cards}, {@code Chronicle}, the {@code *Svg} classes; the cards of records, bodies and
 * articles in {@code RecordCards}, {@code BodyCards}, {@code ArticleCard}); an entity's mentions
 * are quoted once per sentence and paged ({@code MentionList}); the home page's class counts lead
 * to class listings ({@code /class/X}).
 */
package org.localkg.server.ld;
