package org.localkg.extract;

import java.util.regex.Pattern;
import org.localkg.resolve.Divisions;

/**
 * Parks a visited list names beside a park: an item that ends in the same head character as a sibling
 * the recognisers took for a park (走进某某科技园、某某数智园) is a park too, though its own ending is
 * no suffix the lexicon knows. The list's syntax says the items are alike; the shared head says
 * of which kind.
 */
final class ParkListRecognizer {
    /** Heads a park's name ends in, of which a sibling may share one. */
    private static final String PARK_HEADS = "园谷港";
    /** Places ending in the same head that are no parks of industry (公园, 幼儿园, 植物园 …). */
    private static final Pattern NO_PARK = Pattern.compile(
            "(?:公园|幼儿园|植物园|动物园|乐园|家园|校园|陵园|墓园|花园|果园|菜园|庄园|游乐园)$");

    private ParkListRecognizer() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        for (CoordinationList list : facts.lists()) {
            String heads = list.verb() == CoordinationList.Verb.VISIT ? parkHeads(t, facts, list) : "";
            if (heads.isEmpty()) {
                continue;
            }
            for (Span item : list.items()) {
                String name = t.slice(item.start(), item.end());
                if (item.length() < 3 || item.length() > 12 || heads.indexOf(t.charAt(item.end() - 1)) < 0
                        || facts.claimed(item) || Divisions.get().isPlace(name) || !t.isTokenBoundary(item.start())
                        || NO_PARK.matcher(name).find() || !name.chars().allMatch(c -> ArticleText.isHan((char) c))) {
                    continue;
                }
                facts.mention(EntityType.PARK, item);
            }
        }
    }

    /** The head characters of the list's items that are parks already. */
    private static String parkHeads(ArticleText t, ArticleFacts facts, CoordinationList list) {
        StringBuilder heads = new StringBuilder();
        for (Span item : list.items()) {
            char last = t.charAt(item.end() - 1);
            if (PARK_HEADS.indexOf(last) >= 0 && facts.within(item, EntityType.PARK).stream()
                    .anyMatch(p -> p.mentions().stream().anyMatch(m -> m.end() == item.end()))) {
                heads.append(last);
            }
        }
        return heads.toString();
    }
}
