package org.localkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is built in a park, named by a kind of building at its end, is a project of that park:
 * 在某高新区建设某某研发总部基地, 在某园区新建某某物流中心. The name runs from the verb to the end of
 * the clause and must end in a facility or a work (基地, 中心, 大厦, 公路) and read as a name. Built in a
 * county or city instead, it is a project (of no park) only when the next clause calls it one (，项目…).
 */
final class ParkBuildings {
    private static final Pattern BUILDS = Pattern.compile("^(?:投资|开工)?(?:建设|新建|兴建|打造|投建)");
    private static final int MAX_NAME = 24;

    /** A park, the name of what is built in it, and the words that say so. */
    private record Built(Entity park, Span name, Span evidence) {}

    private ParkBuildings() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        List<Built> found = new ArrayList<>();
        for (Entity park : facts.entities()) {
            if (!park.is(EntityType.PARK)) {
                continue;
            }
            for (Span m : park.mentions()) {
                if (m.start() == 0 || t.charAt(m.start() - 1) != '在') {
                    continue;
                }
                Span name = builtAfter(t, m.end());
                if (name != null && built(t, name)) {
                    found.add(new Built(park, name, new Span(m.start() - 1, name.end())));
                }
            }
        }
        found.addAll(builtInPlaces(t));
        // recorded after the walk over the parks: a mention adds to the entities walked
        for (Built b : found) {
            Entity project = facts.claimed(b.name()) ? null : facts.mention(EntityType.PROJECT, b.name());
            if (project != null && b.park() != null) {
                ProjectListRecognizer.link(facts.parks, project, b.park(), b.evidence());
            }
        }
    }

    /** A verb of building at {@code from} and what it builds, to the clause's end: four to MAX_NAME characters, or null. */
    private static Span builtAfter(ArticleText t, int from) {
        Matcher verb = BUILDS.matcher(t.view()).region(from, t.length());
        if (!verb.lookingAt()) {
            return null;
        }
        int end = verb.end();
        if (end < t.length() && t.charAt(end) == '了') {
            return null; // 建设了两条生产线: what was built, counted, no name
        }
        while (end < t.length() && end - verb.end() <= MAX_NAME && !ArticleText.isBreak(t.charAt(end))
                && "，,、；;：:".indexOf(t.charAt(end)) < 0) {
            end++;
        }
        Span name = new Span(verb.end(), end);
        return name.length() >= 4 && name.length() <= MAX_NAME ? name : null;
    }

    /** The clause after the name calls it a project: ，项目…, ，该项目…. */
    private static final Pattern CALLED_PROJECT = Pattern.compile("^[，,](?:该)?项目");

    /**
     * 在某县建设900MW某某发电基地，项目按照…: built in a county or city rather than a park, a facility or
     * work is a project when the next clause calls it one (no park: a division is none).
     */
    private static List<Built> builtInPlaces(ArticleText t) {
        List<Built> out = new ArrayList<>();
        for (int at : t.indexesOf("在")) {
            String place = org.localkg.resolve.Divisions.get().placeAt(t.view(), at + 1);
            if (place == null) {
                continue;
            }
            int after = at + 1 + place.length();
            if (after < t.length() && "省市县区旗镇乡州".indexOf(t.charAt(after)) >= 0) {
                after++; // 某某|县: the short form the gazetteer holds, and the division's word
            }
            Span name = builtAfter(t, after);
            Matcher called = name == null ? null : CALLED_PROJECT.matcher(t.view()).region(name.end(), t.length());
            if (called != null && called.lookingAt() && built(t, name)) {
                out.add(new Built(null, name, new Span(at, called.end())));
            }
        }
        return out;
    }

    /** A name ending in a building or a work, with a proper word, a place or what is built in it. */
    private static boolean built(ArticleText t, Span name) {
        String text = t.slice(name.start(), name.end());
        boolean building = Lexicons.FACILITY_SUFFIXES.suffixAt(text, text.length()) != null
                || Lexicons.INFRASTRUCTURE_SUFFIXES.suffixAt(text, text.length()) != null;
        return building && !text.contains("的") && NameChecks.specific(text).length() >= 2 && ProjectListRecognizer.nameLike(t, name);
    }
}
