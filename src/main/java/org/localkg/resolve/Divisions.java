package org.localkg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localkg.nlp.WordTable;

/**
 * China's administrative divisions (统计用区划代码, 2023 release, bundled under
 * {@code org/localkg/divisions/}): full names (常州市, 武进区) and the short forms the papers use
 * (常州, 武进). Province, prefecture and county levels are "regions", which may prefix an
 * entity's name; town-level names count as places only.
 */
public final class Divisions {
    /**
     * One division.
     *
     * @param code       the statistical code as released: 2 digits for a province, 4 for a
     *                   prefecture, 6 for a county (the GB/T 2260 code), 9 for a town
     * @param level      province, city, county or town
     * @param parentCode the code of the division it is part of, or null for a province
     */
    public record Division(String code, String name, String level, String parentCode) {
        /**
         * A county-level district however it is named (绿园区, 梁园区, 新城区, 海港区: codes below 70 in their city),
         * not a functional area such as a development zone (codes 71–79).
         */
        public boolean isCountyDistrict() {
            return code.length() == 6 && !code.endsWith("00") && Integer.parseInt(code.substring(4)) < 70;
        }

        /** The code padded as GB/T 2260 writes it (320400 for 常州市); towns keep their 9 digits. */
        public String gbCode() {
            return code.length() >= 6 ? code : (code + "000000").substring(0, 6);
        }
    }

    /** The release the bundled table comes from. */
    public static final String RELEASE = "2023";

    private static final String[] SUFFIXES = {"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县",
        "特别行政区", "街道", "省", "市", "区", "县", "镇", "乡", "旗", "盟", "地区"};

    private static final java.util.regex.Pattern ZONE =
            java.util.regex.Pattern.compile("开发区|高新|园区|产业园|示范区|管委会|管理委员会|农场|林场|监狱|度假区|风景区|集中区|新城|实验区|试验区|港区|工业区");

    /**
     * The peoples an autonomous division is named for (梅里斯达斡尔族区, 某某土家族苗族自治县), longest first; declared
     * before INSTANCE, whose loading reads them.
     */
    private static final String[] PEOPLES = {"柯尔克孜", "乌孜别克", "达斡尔", "维吾尔", "哈萨克", "鄂温克", "鄂伦春", "塔吉克",
        "塔塔尔", "俄罗斯", "土家", "蒙古", "布依", "朝鲜", "哈尼", "傈僳", "拉祜", "东乡", "纳西", "景颇", "仫佬", "布朗",
        "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙", "赫哲", "门巴", "珞巴", "基诺", "高山",
        "回", "藏", "苗", "彝", "壮", "侗", "瑶", "白", "傣", "黎", "佤", "畲", "水", "羌", "怒", "京", "满", "土"};
    /** An autonomous division's level: 自治县 is said 县 in its short name, 自治州 州, 自治旗 旗; a district's 区 stays. */
    private static final java.util.regex.Pattern AUTONOMOUS = java.util.regex.Pattern.compile("族(?:自治)?([县州旗区乡])$");

    private static final Divisions INSTANCE = load();

    private final Map<String, List<Division>> byName = new HashMap<>();
    private final Map<String, Division> byCode = new HashMap<>();
    private final List<Division> counties = new ArrayList<>();
    private final Set<String> regionNames = new HashSet<>();
    private final Set<String> placeNames = new HashSet<>();
    /** Districts named like zones (绿园区, 梁园区, 新城区), by their full names only. */
    private final Set<String> namedLikeZones = new HashSet<>();
    /** Region and place names by position in a text: a few probes per position, not a scan. */
    private final WordTable regionTable;
    private final WordTable placeTable;

    private Divisions(List<Division> all) {
        for (Division d : all) {
            byCode.put(d.code(), d);
            if (d.level().equals("county") && !ZONE.matcher(d.name()).find()) {
                counties.add(d);
            }
            if (ZONE.matcher(d.name()).find()) {
                if (d.isCountyDistrict()) {
                    namedLikeZones.add(d.name()); // 绿园区: a place by its full name; its words (绿园, 新城) name parks too
                }
                continue; // development zones listed as towns are parks, not places
            }
            boolean region = !d.level().equals("town");
            for (String n : namesOf(d.name())) {
                byName.computeIfAbsent(n, k -> new ArrayList<>()).add(d);
                placeNames.add(n);
                if (region) {
                    regionNames.add(n);
                }
            }
        }
        regionTable = new WordTable(regionNames);
        placeTable = new WordTable(placeNames);
    }

    public static Divisions get() {
        return INSTANCE;
    }

    /** The full name and, where it leaves two characters or more, the name without its level word. */
    static List<String> namesOf(String full) {
        List<String> names = new ArrayList<>();
        if (full.equals("市辖区") || full.equals("县") || full.length() < 2) {
            return names;
        }
        names.add(full);
        for (String s : SUFFIXES) {
            if (full.endsWith(s) && full.length() - s.length() >= 2) {
                names.add(full.substring(0, full.length() - s.length()));
                break;
            }
        }
        names.addAll(withoutPeoples(full));
        return names;
    }

    /**
     * How papers shorten a division named for its peoples: without them, with its level word (梅里斯达斡尔族区 →
     * 梅里斯区, 某某土家族苗族自治县 → 某某县), and alone when three characters or more are left (梅里斯; a two-character
     * remainder alone is often a common word).
     */
    static List<String> withoutPeoples(String full) {
        java.util.regex.Matcher m = AUTONOMOUS.matcher(full);
        if (!m.find()) {
            return List.of();
        }
        String rest = full.substring(0, m.start() + 1); // …族
        boolean stripped = false;
        while (rest.endsWith("族")) {
            String before = rest.substring(0, rest.length() - 1);
            String people = null;
            for (String p : PEOPLES) {
                if (before.endsWith(p) && before.length() - p.length() >= 2) {
                    people = p;
                    break;
                }
            }
            if (people == null) {
                break;
            }
            rest = before.substring(0, before.length() - people.length());
            stripped = true;
        }
        if (!stripped || rest.endsWith("族")) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of(rest + m.group(1)));
        if (rest.length() >= 3) {
            out.add(rest);
        }
        return out;
    }

    /** Is this a division's name at any level (常州, 武进区, 礼嘉镇)? */
    /** Every county-level division (districts, counties, county-level cities), in the table's order. */
    public List<Division> counties() {
        return java.util.Collections.unmodifiableList(counties);
    }

    /** Whether {@code name} is, in full, a district named like a zone (绿园区, 海港区). */
    public boolean namedLikeAZone(String name) {
        return namedLikeZones.contains(name);
    }

    public boolean isPlace(String name) {
        return placeNames.contains(name) || namedLikeZones.contains(name);
    }

    /** Is this the name of a province, prefecture or county-level division? */
    public boolean isRegion(String name) {
        return regionNames.contains(name);
    }

    public List<Division> lookup(String name) {
        return byName.getOrDefault(name, List.of());
    }

    public java.util.Optional<Division> byCode(String code) {
        return java.util.Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The division and those it is part of, nearest first. */
    public List<Division> withAncestors(Division d) {
        List<Division> chain = new ArrayList<>();
        for (Division x = d; x != null; x = x.parentCode() == null ? null : byCode.get(x.parentCode())) {
            chain.add(x);
        }
        return chain;
    }

    /**
     * The one province, prefecture or county this name stands for, if only one: 武进 is 常州's
     * 武进区; 鼓楼 (in several cities) is none. Within {@code context} (a region the paper covers,
     * or null), a name that is ambiguous nationally may still resolve.
     */
    public java.util.Optional<Division> uniqueRegion(String name, String context) {
        List<Division> regions = lookup(name).stream().filter(d -> !d.level().equals("town")).toList();
        if (regions.size() == 1) {
            return java.util.Optional.of(regions.get(0));
        }
        if (context != null && regions.size() > 1) {
            List<Division> within = regions.stream().filter(d -> withAncestors(d).stream()
                    .anyMatch(a -> namesOf(a.name()).contains(context))).toList();
            if (within.size() == 1) {
                return java.util.Optional.of(within.get(0));
            }
        }
        // 常州 and 常州市 are one: the same division listed once per name form
        long distinct = regions.stream().map(Division::code).distinct().count();
        return distinct == 1 ? java.util.Optional.of(regions.get(0)) : java.util.Optional.empty();
    }

    /** The longest region name that {@code text} starts with at {@code start}, or null. */
    public String regionAt(String text, int start) {
        return regionTable.longestAt(text, start, WordTable.MAX_LENGTH);
    }

    /** The longest place name (any level) that {@code text} has at {@code start}, or null. */
    public String placeAt(String text, int start) {
        return placeTable.longestAt(text, start, 10);
    }

    private static Divisions load() {
        List<Division> all = new ArrayList<>();
        read("provinces.csv", "province", -1, all);
        read("cities.csv", "city", 2, all);
        read("areas.csv", "county", 2, all);
        read("streets.csv", "town", 2, all);
        return new Divisions(all);
    }

    /** @param parentColumn the column holding the parent's code, or -1 */
    private static void read(String file, String level, int parentColumn, List<Division> into) {
        String resource = "org/localkg/divisions/" + file;
        try (InputStream in = Divisions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("divisions table missing from the classpath: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine(); // header
            for (String line; (line = r.readLine()) != null; ) {
                String[] cols = line.split(",");
                if (cols.length >= 2) {
                    String parent = parentColumn >= 0 && cols.length > parentColumn ? cols[parentColumn] : null;
                    into.add(new Division(cols[0], cols[1].replace("\"", ""), level, parent));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
