package org.localkg.resolve;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.localkg.extract.Entity;
import org.localkg.extract.EntityType;
import org.localkg.extract.Lexicons;

/**
 * What one entity of one article asks of the {@link EntityRegistry}: its own key, the names it
 * answers to, and where it is. Claims are plain values, so that resolution can run apart from
 * extraction: in the run's order on one thread ({@link org.localkg.Pipeline#write}), or on a
 * cluster's driver over the claims its executors collected ({@link org.localkg.spark.SparkExtract}).
 *
 * <p>Two names are one entity only on evidence: the same name; a name that drops only the place
 * the other opens with, when the article is in that place (西太湖科技产业园 in an article in 常州,
 * 常州西太湖科技产业园); an alias the article states. A name that drops its place is matched only
 * in that place, through forms qualified by it ({@code @3204/西太湖科技产业园}): 荔波智能制造产业园
 * and 靖宇智能制造产业园 stay two parks, though both are 智能制造产业园 without their places.
 *
 * @param key             the entity's own key ({@link EntityKeys#key})
 * @param prefix          the key space its names live in ({@code thing|}, {@code person|}, …)
 * @param names           forms looked up and then registered: its names as written, and each
 *                        name qualified by its place ({@code @320412/X园} for 武进X园, and for X园
 *                        in an article in 武进)
 * @param wider           the same qualified by each wider place ({@code @3204/X园}): looked up
 *                        among the forms other entities registered as theirs (the 武进X园 of an
 *                        article in 常州 is its 常州X园), and registered apart, as what such a form
 *                        may mean while one entity claims it (X园 in an article in 常州)
 * @param variantsAllowed whether spelling variants may match (parks and projects)
 * @param place           the division code the entity is in (its name's place, else its
 *                        article's), or null: spelling variants match only within one place
 */
public record NameClaim(String key, String prefix, List<String> names, List<String> wider,
        boolean variantsAllowed, String place) implements Serializable {
    public NameClaim {
        names = List.copyOf(names);
        wider = List.copyOf(wider);
    }

    /** A claim with names only: no place, nothing qualified. */
    public NameClaim(String key, String prefix, List<String> names, boolean variantsAllowed) {
        this(key, prefix, names, List.of(), variantsAllowed, null);
    }

    /**
     * @param region       the paper's region (metadata), or null
     * @param articlePlace the code of the place the article is in ({@link Places#ofArticle}), or null
     * @param placesOnPage the places the page's names open with, by what follows them
     *                     ({@link #placesOnPage}): a name another article of the page gives with
     *                     its place (鸡东县德普…公司 in a caption, 德普…公司 in the report) is there
     */
    public static NameClaim of(Entity e, String region, String sourceId, String articlePlace, java.util.Map<String, String> placesOnPage) {
        String key = EntityKeys.key(e, region, sourceId);
        if (EntityKeys.isContextual(key) || e.type().isPerson()) {
            // contextual keys resolve to themselves; people match by key only
            return new NameClaim(key, key.substring(0, key.indexOf('|') + 1), List.of(), false);
        }
        List<String> keys = new ArrayList<>(e.keys());
        return onPage(ofNames(key, keys, e.is(EntityType.PARK) || e.is(EntityType.PROJECT), articlePlace), keys, placesOnPage);
    }

    /** {@code claim} with its names (normalised) that the page gives with a place also qualified by that place. */
    public static NameClaim onPage(NameClaim claim, List<String> keys, java.util.Map<String, String> placesOnPage) {
        List<String> names = new ArrayList<>(claim.names());
        for (String k : keys) {
            String place = placesOnPage.get(k);
            if (place != null && Places.leading(k).isEmpty()) {
                add(names, qualified(place, k));
            }
        }
        return new NameClaim(claim.key(), claim.prefix(), names, claim.wider(), claim.variantsAllowed(), claim.place());
    }

    /** The places that names of these entities (one page's) open with, by the rest of the name: 德普…公司 → 鸡东县's code. */
    public static java.util.Map<String, String> placesOnPage(List<Entity> entities) {
        return placesOfNames(entities.stream().flatMap(e -> e.keys().stream()).toList());
    }

    /** The places that these names (normalised) open with, by the rest of each; a rest found with two places has none. */
    public static java.util.Map<String, String> placesOfNames(List<String> keys) {
        java.util.Map<String, String> places = new java.util.HashMap<>();
        for (String k : keys) {
            String place = Places.of(k, null);
            String rest = Places.afterPlaces(k);
            if (place != null && namesSomething(rest)) {
                places.merge(rest, place, (a, b) -> a.equals(b) ? a : "");
            }
        }
        places.values().removeIf(String::isEmpty);
        return places;
    }

    /**
     * The claim of a thing known by these names (normalised, its name first) in an article in
     * {@code articlePlace} (a division code, or null).
     *
     * @param placeBound whether the thing is where it is named (a park, a project), so that a name
     *                   without a place is qualified by the article's, and spellings may vary
     */
    public static NameClaim ofNames(String key, List<String> names, boolean placeBound, String articlePlace) {
        Forms forms = forms(names, articlePlace);
        if (forms.place == null && placeBound && articlePlace != null) {
            // a park or project named only without its place: the same name anywhere is it, and
            // so is the name with the article's place (or a wider one) in front
            for (String name : List.copyOf(forms.names)) {
                forms.names.add(qualified(articlePlace, name));
                Places.withWider(articlePlace).stream().skip(1).forEach(p -> forms.wider.add(qualified(p, name)));
            }
        }
        return new NameClaim(key, "thing|", forms.names, forms.wider, placeBound,
                forms.place != null ? forms.place : articlePlace);
    }

    private static final class Forms {
        final List<String> names = new ArrayList<>();
        final List<String> wider = new ArrayList<>();
        String place;
    }

    /** A name that opens with a place: the place's code and what follows the place. */
    private record Placed(String name, String place, String rest) {}

    private static Forms forms(List<String> keys, String context) {
        Forms f = new Forms();
        List<Placed> placed = new ArrayList<>();
        for (String k : keys) {
            String place = Places.of(k, context);
            if (place != null) {
                placed.add(new Placed(k, place, Places.afterPlaces(k)));
                if (f.place == null) {
                    f.place = place;
                }
            }
        }
        for (String k : keys) {
            Placed own = placed.stream().filter(p -> p.name().equals(k)).findFirst().orElse(null);
            if (own != null) {
                add(f.names, k);
                if (namesSomething(own.rest())) {
                    add(f.names, qualified(own.place(), own.rest()));
                    Places.withWider(own.place()).stream().skip(1).forEach(p -> add(f.wider, qualified(p, own.rest())));
                }
                continue;
            }
            // a name its entity also gives with a place in front (常州某某公司 … 某某): that place's
            Placed fuller = placed.stream().filter(p -> p.rest().contains(k)).findFirst().orElse(null);
            if (fuller != null) {
                add(f.names, qualified(fuller.place(), k));
                Places.withWider(fuller.place()).stream().skip(1).forEach(p -> add(f.wider, qualified(p, k)));
            } else {
                add(f.names, k);
            }
        }
        return f;
    }

    /**
     * Whether what follows a name's place still names something: words of its own before its
     * kind word (西太湖|科技产业园). 经济开发区 and 国家高新区 name no park: 侯马经济开发区 and
     * 临汾经济开发区 are two, though 侯马 lies in 临汾.
     */
    private static boolean namesSomething(String rest) {
        String part = rest;
        for (var kind : List.of(Lexicons.PARK_SUFFIXES, Lexicons.ENTERPRISE_SUFFIXES, Lexicons.ORGANIZATION_SUFFIXES,
                Lexicons.PROJECT_SUFFIXES)) {
            String suffix = kind.suffixAt(part, part.length());
            if (suffix != null) {
                part = part.substring(0, part.length() - suffix.length());
                break;
            }
        }
        return rest.length() >= 3 && !org.localkg.extract.NameChecks.specific(part).isEmpty();
    }

    static String qualified(String place, String name) {
        return "@" + place + "/" + name;
    }

    private static void add(List<String> to, String form) {
        if (!to.contains(form)) {
            to.add(form);
        }
    }

    /** Known only within its region or page: no name outside it may match, so it is its own canonical key. */
    public boolean contextual() {
        return EntityKeys.isContextual(key);
    }
}
