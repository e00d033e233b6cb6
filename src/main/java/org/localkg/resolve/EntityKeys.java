package org.localkg.resolve;

import org.localkg.extract.Entity;
import org.localkg.extract.EntityType;

/**
 * The identity key of an entity, from which its IRI is minted: the same key in every run and
 * every store for the same name.
 *
 * <ul>
 *   <li>People: the name, apart for reporters (a reporter and an official of one name are two
 *       people), and with the paper's region when the metadata gives one.</li>
 *   <li>Everything else: the normalised name. Organisations, parks and projects share one
 *       key space, because the text may call one thing a park in one article and a project in
 *       another.</li>
 * </ul>
 */
public final class EntityKeys {
    private EntityKeys() {}

    /**
     * @param region   the region the paper covers (metadata), or null
     * @param sourceId the source file's identity: an organisation named without a place (市委,
     *                 区政协) is known only within its page when no region is given
     */
    public static String key(Entity e, String region, String sourceId) {
        if (e.is(EntityType.REPORTER)) {
            return "reporter|" + Names.key(e.name()) + (region == null ? "" : "|" + region);
        }
        if (e.type().isPerson()) {
            return "person|" + Names.key(e.name()) + (region == null ? "" : "|" + region);
        }
        if (e.types().equals(java.util.EnumSet.of(EntityType.ORGANIZATION)) && !opensWithPlace(e.name())) {
            return "thing|" + thingKey(e.name()) + "|" + (region != null ? region : "@" + sourceId);
        }
        return "thing|" + thingKey(e.name());
    }

    /** Whether a contextual key (an organisation known only within a region or a page). */
    public static boolean isContextual(String key) {
        return key.startsWith("thing|") && key.split("\\|").length > 2;
    }

    private static boolean opensWithPlace(String name) {
        String k = Names.key(name);
        return Divisions.get().regionAt(k, 0) != null || Divisions.get().placeAt(k, 0) != null;
    }

    /**
     * The key of a non-person name: the name as normalised. A leading place stays (荔波智能制造产业园
     * and 靖宇智能制造产业园 are two parks); a name written without it is found through
     * {@link NameClaim}'s place-qualified forms.
     */
    public static String thingKey(String name) {
        return Names.key(name);
    }

    /** The readable part of a key, for the IRI's slug. */
    public static String namePart(String key) {
        String[] parts = key.split("\\|");
        return parts.length > 1 ? parts[1] : key;
    }
}
