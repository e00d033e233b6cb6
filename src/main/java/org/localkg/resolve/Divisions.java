package org.localkg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * China's administrative divisions (统计用区划代码, 2023 release, bundled under
 * {@code org/localkg/divisions/}): full names (常州市, 武进区) and the short forms the papers use
 * (常州, 武进). Province, prefecture and county levels are "regions", which may prefix an
 * entity's name; town-level names count as places only.
 */
public final class Divisions {
    public record Division(String code, String name, String level) {}

    private static final String[] SUFFIXES = {"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县",
        "特别行政区", "街道", "省", "市", "区", "县", "镇", "乡", "旗", "盟", "地区"};

    private static final java.util.regex.Pattern ZONE =
            java.util.regex.Pattern.compile("开发区|高新|园区|产业园|示范区|管委会|管理委员会|农场|林场|监狱|度假区|风景区|集中区|新城|实验区|试验区|港区|工业区");

    private static final Divisions INSTANCE = load();

    private final Map<String, List<Division>> byName = new HashMap<>();
    private final Set<String> regionNames = new HashSet<>();
    private final Set<String> placeNames = new HashSet<>();
    /** Region names by their first character, longest first: a lookup per position, not a scan. */
    private final Map<Character, List<String>> regionsByFirstChar = new HashMap<>();

    private Divisions(List<Division> all) {
        for (Division d : all) {
            if (ZONE.matcher(d.name()).find()) {
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
        List<String> r = new ArrayList<>(regionNames);
        r.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : r) {
            regionsByFirstChar.computeIfAbsent(name.charAt(0), k -> new ArrayList<>()).add(name);
        }
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
        return names;
    }

    /** Is this a division's name at any level (常州, 武进区, 礼嘉镇)? */
    public boolean isPlace(String name) {
        return placeNames.contains(name);
    }

    /** Is this the name of a province, prefecture or county-level division? */
    public boolean isRegion(String name) {
        return regionNames.contains(name);
    }

    public List<Division> lookup(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** The longest region name that {@code text} starts with at {@code start}, or null. */
    public String regionAt(String text, int start) {
        if (start >= text.length()) {
            return null;
        }
        for (String r : regionsByFirstChar.getOrDefault(text.charAt(start), List.of())) {
            if (text.startsWith(r, start)) {
                return r;
            }
        }
        return null;
    }

    /** The longest place name (any level) that {@code text} has at {@code start}, or null. */
    public String placeAt(String text, int start) {
        for (int len = Math.min(10, text.length() - start); len >= 2; len--) {
            String s = text.substring(start, start + len);
            if (placeNames.contains(s)) {
                return s;
            }
        }
        return null;
    }

    private static Divisions load() {
        List<Division> all = new ArrayList<>();
        read("provinces.csv", "province", all);
        read("cities.csv", "city", all);
        read("areas.csv", "county", all);
        read("streets.csv", "town", all);
        return new Divisions(all);
    }

    private static void read(String file, String level, List<Division> into) {
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
                    into.add(new Division(cols[0], cols[1].replace("\"", ""), level));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
