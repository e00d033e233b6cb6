package org.localkg.extract;

import org.localkg.resolve.Divisions;

/**
 * Parks a list names beside a park: an item that ends in the same head character as a sibling
 * the recognisers took for a park (走进某某科技园、某某数智园) is a park too, though its own ending is
 * no suffix the lexicon knows. The list's syntax says the items are alike; the shared head says
 * of which kind.
 */
final class ParkListRecognizer {
    /** Heads a park's name ends in, of which a sibling may share one. */
    private static final String PARK_HEADS = "园谷港城";

    private ParkListRecognizer() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        for (CoordinationList list : facts.lists()) {
            String heads = parkHeads(t, facts, list);
            if (heads.isEmpty()) {
                continue;
            }
            for (Span item : list.items()) {
                String name = t.slice(item.start(), item.end());
                if (item.length() < 3 || item.length() > 12 || heads.indexOf(t.charAt(item.end() - 1)) < 0
                        || facts.claimed(item) || Divisions.get().isPlace(name) || !t.isTokenBoundary(item.start())
                        || !name.chars().allMatch(c -> ArticleText.isHan((char) c))) {
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
