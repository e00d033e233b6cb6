package org.localkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localkg.resolve.Divisions;

/**
 * Where the text places a park, project or organisation in an administrative division: a name
 * that opens with a region (武进国家高新区, 常州迪瑞尔医用新材料有限公司), or 位于某区的X (总部位于武进区的…).
 * The division is recorded as written; which division it is, is resolved when the graph is written.
 */
final class PlaceRule {
    private static final Pattern LOCATED = Pattern.compile("位于(\\p{IsHan}{2,8}?(?:省|市|区|县|镇|街道))的");

    private PlaceRule() {}

    static void apply(ArticleText t, ArticleFacts facts) {
        Divisions d = Divisions.get();
        for (Entity e : facts.entities()) {
            if (e.type().isPerson()) {
                continue;
            }
            for (Span m : e.mentions()) {
                String region = d.regionAt(t.view(), m.start());
                if (region != null && region.length() < m.length() - 1) {
                    facts.locations.add(new Facts.Located(e, region, new Span(m.start(), m.start() + region.length())));
                    break;
                }
            }
        }
        Matcher m = LOCATED.matcher(t.view());
        while (m.find()) {
            String place = m.group(1);
            if (!d.isRegion(place) && d.lookup(place).isEmpty()) {
                continue;
            }
            for (Entity e : facts.entities()) {
                if (e.type().isPerson()) {
                    continue;
                }
                for (Span s : e.mentions()) {
                    if (s.start() == m.end()) {
                        facts.locations.add(new Facts.Located(e, place, new Span(m.start(), s.end())));
                    }
                }
            }
        }
    }
}
