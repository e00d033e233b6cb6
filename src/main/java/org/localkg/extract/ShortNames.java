package org.localkg.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.localkg.resolve.Divisions;

/**
 * The shorter names a text uses for an organisation or park it has named in full: the full name
 * without its region (常州某某科技有限公司 → 某某科技有限公司), without its legal form (某某科技),
 * without its industry words (某某). Only forms that still name something are offered.
 */
public final class ShortNames {
    /** A short bracketed part, compiled once. */
    private static final Pattern SHORT_BRACKET = Pattern.compile("[(（][^)）]{1,6}[)）]");

    private ShortNames() {}

    public static Set<String> of(String fullName, EntityType type) {
        Set<String> out = new LinkedHashSet<>();
        String unbracketed = SHORT_BRACKET.matcher(fullName).replaceAll(""); // 某某(国家级)经济技术开发区
        String s = stripRegion(unbracketed);
        String opening = unbracketed.endsWith(s) ? unbracketed.substring(0, unbracketed.length() - s.length()) : "";
        if (!s.equals(fullName) && keep(s, type)) {
            out.add(s);
        }
        if (type == EntityType.PARK) {
            // the zones' usual abbreviations: 北京经济技术开发区 is also 北京经开区, 某某高新技术产业开发区 某某高新区
            for (String[] abbr : ZONE_ABBREVIATIONS) {
                for (String name : new String[] {fullName, unbracketed, s}) {
                    if (name.endsWith(abbr[0]) && name.length() > abbr[0].length()) {
                        String place = name.substring(0, name.length() - abbr[0].length());
                        String shorter = place + abbr[1];
                        if (keep(shorter, type)) {
                            out.add(shorter);
                        }
                        if (abbr[1].equals("开发区") && abbr[0].startsWith("经济")) {
                            for (String word : DIVISION_WORDS) {
                                if (Divisions.get().isRegion(place + word) && !OrganizationRecognizer.provinceOrCityOnly(place + word)) {
                                    out.add(place + word + abbr[1]); // 某某经济开发区, then 某某县开发区: the county's zone
                                }
                            }
                        }
                    } else if (name.indexOf(abbr[0]) > 0 && (innerPark(name) != null || subZone(name, abbr[0]))) {
                        // 某高新技术产业开发区东山园区 is also 某高新区东山园区: the zone it is held by, abbreviated
                        out.add(name.replace(abbr[0], abbr[1]));
                    }
                }
            }
        }
        if (type == EntityType.PARK) {
            String inner = innerPark(s);
            if (inner != null) {
                out.add(inner);
            }
        }
        if (type == EntityType.ORGANIZATION) {
            out.removeIf(x -> x.length() < 4);
            return out;
        }
        if (type == EntityType.ENTERPRISE) {
            String fullLegal = Lexicons.ENTERPRISE_SUFFIXES.suffixAt(fullName, fullName.length());
            if (fullLegal != null && fullLegal.length() < fullName.length() - 1 && !fullName.equals(s)) {
                String bare = fullName.substring(0, fullName.length() - fullLegal.length());
                if (keep(bare, type)) {
                    out.add(bare); // 东方希望 for 东方希望集团, whose 东方 is also a town's name
                }
            }
            String legal = Lexicons.ENTERPRISE_SUFFIXES.suffixAt(s, s.length());
            // a group is called by its own word and 集团 (某某生物科技集团股份有限公司, then 某某集团): a registered group
            // company, 集团 and its liability, is the group itself; a bare 某某重工集团 may be a group's part, so only its
            // holding words go (某某控股集团, then 某某集团)
            boolean registeredGroup = legal != null && legal.startsWith("集团") && legal.length() > 2;
            boolean holdingGroup = legal != null && legal.equals("集团"); // while only holding words have gone
            if (legal != null && legal.length() < s.length()) {
                s = s.substring(0, s.length() - legal.length());
                if (keep(s, type)) {
                    out.add(s);
                }
                if (registeredGroup && keep(s + "集团", type)) {
                    out.add(s + "集团"); // 某某化工集团股份有限公司, then 某某化工集团
                }
            }
            // the place the name opens with, kept before the shorter forms too: 辽宁某某 for 辽宁某某钢结构有限公司
            for (String tail; (tail = Lexicons.INDUSTRY.suffixAt(s, s.length())) != null && tail.length() < s.length(); ) {
                s = s.substring(0, s.length() - tail.length());
                holdingGroup &= HOLDING.contains(tail);
                if (s.endsWith("集团")) {
                    break; // 某某集团|硅业有限公司: what is left is the parent group, another company
                }
                if (keep(s, type)) {
                    out.add(s);
                    if (!opening.isEmpty()) {
                        out.add(opening + s);
                    }
                }
                if ((registeredGroup || holdingGroup) && s.length() >= 2 && keep(s + "集团", type)) {
                    out.add(s + "集团");
                    if (!opening.isEmpty()) {
                        out.add(opening + s + "集团");
                    }
                }
            }
        }
        return out;
    }

    /** A company's words of holding and investing, no trade of its own: 控股, 投资, 实业. */
    private static final Set<String> HOLDING = Set.of("控股", "投资", "实业", "投资控股", "发展", "股份");

    private static final String[][] ZONE_ABBREVIATIONS = {
        {"经济技术开发区", "经开区"}, {"高新技术产业开发区", "高新区"}, {"高新技术开发区", "高新区"},
        {"经济开发区", "经开区"}, {"综合保税区", "综保区"}, {"自由贸易试验区", "自贸区"},
        // a development zone named again as its place's 开发区 (某某经济开发区, then 某某开发区)
        {"经济技术开发区", "开发区"}, {"经济开发区", "开发区"}, {"高新技术产业开发区", "开发区"},
        // a park's 园区 written as 园 (某某产业园区, then 某某产业园)
        {"产业园区", "产业园"}, {"工业园区", "工业园"}, {"科技园区", "科技园"}};

    /** The words a county-level division's name ends in. */
    private static final List<String> DIVISION_WORDS = List.of("县", "市", "区", "旗");

    /** 某经济开发区|低碳生态园, 某经济开发区|某某分区: a zone's part named after the zone (see OrganizationRecognizer). */
    private static boolean subZone(String name, String zone) {
        String tail = name.substring(name.indexOf(zone) + zone.length());
        return tail.length() >= 3 && (tail.endsWith("园") || tail.endsWith("分区") || tail.endsWith("片区"));
    }

    /** Zones that hold parks of their own: 某市经济开发区|低碳产业园. */
    private static final java.util.regex.Pattern HOLDING_ZONE = java.util.regex.Pattern.compile("(?:开发区|高新区|经开区|新区)");

    /**
     * The park a zone holds, named after the zone (某市经济开发区低碳产业园 → 低碳产业园): the text calls
     * it by its own name once the zone is said. Four characters at least, ending in a park's suffix,
     * with two before the suffix; a word of its kind alone (产业园) is not offered.
     */
    private static String innerPark(String name) {
        java.util.regex.Matcher m = HOLDING_ZONE.matcher(name);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        if (end < 0 || name.length() - end < 4) {
            return null;
        }
        String tail = name.substring(end);
        String suffix = Lexicons.PARK_SUFFIXES.suffixAt(tail, tail.length());
        return suffix != null && tail.length() - suffix.length() >= 2 && !Lexicons.PARK_SUFFIXES.contains(tail) ? tail : null;
    }

    /** The name without the region names it opens with (江苏常州… → …). */
    public static String stripRegion(String name) {
        return org.localkg.resolve.Places.afterPlaces(name);
    }

    private static boolean keep(String s, EntityType type) {
        if (s.length() < 2 || Divisions.get().isPlace(s) || Lexicons.STOP_WORDS.contains(s)
                || Lexicons.INDUSTRY.contains(s) || Lexicons.GENERIC.contains(s)) {
            return false;
        }
        if (type == EntityType.PARK) {
            String suffix = Lexicons.PARK_SUFFIXES.suffixAt(s, s.length());
            String part = suffix == null ? s : s.substring(0, s.length() - suffix.length());
            return s.length() >= 3 && !NameChecks.specific(part).isEmpty();
        }
        return !NameChecks.specific(s).isEmpty();
    }
}
