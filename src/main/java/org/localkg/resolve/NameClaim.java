package org.localkg.resolve;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.localkg.extract.Entity;
import org.localkg.extract.EntityType;

/**
 * What one entity of one article asks of the {@link EntityRegistry}: its own key and the names
 * it answers to. Claims are plain values, so that resolution can run apart from extraction: in
 * the run's order on one thread ({@link org.localkg.Pipeline#write}), or on a cluster's driver
 * over the claims its executors collected ({@link org.localkg.spark.SparkExtract}).
 *
 * @param key             the entity's own key ({@link EntityKeys#key})
 * @param prefix          the key space its names live in ({@code thing|}, {@code person|}, …)
 * @param names           its names, normalised, in the order the article gives them
 * @param variantsAllowed whether spelling variants may match (parks and projects)
 */
public record NameClaim(String key, String prefix, List<String> names, boolean variantsAllowed) implements Serializable {
    public NameClaim {
        names = List.copyOf(names);
    }

    public static NameClaim of(Entity e, String region, String sourceId) {
        String key = EntityKeys.key(e, region, sourceId);
        if (EntityKeys.isContextual(key) || e.type().isPerson()) {
            // contextual keys resolve to themselves; people match by key only
            return new NameClaim(key, key.substring(0, key.indexOf('|') + 1), List.of(), false);
        }
        List<String> names = new ArrayList<>();
        names.add(EntityKeys.thingKey(e.name()));
        for (String alias : e.aliases()) {
            String k = EntityKeys.thingKey(alias);
            if (!names.contains(k)) {
                names.add(k);
            }
        }
        return new NameClaim(key, "thing|", names, e.is(EntityType.PARK) || e.is(EntityType.PROJECT));
    }

    /** Known only within its region or page: no name outside it may match, so it is its own canonical key. */
    public boolean contextual() {
        return EntityKeys.isContextual(key);
    }
}
