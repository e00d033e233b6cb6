package org.localkg.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;
import org.localkg.bench.SyntheticCorpus;
import org.localkg.rdf.IriMinter;
import org.localkg.store.IngestListener;
import org.localkg.store.KgStore;

/**
 * Generated pages name a park per county as its place and one of four kinds (荔波智能制造产业园,
 * 靖宇智能制造产业园, …) and a company and project of their own in every article: stored
 * together, no entity gathers the names of others.
 */
class IdentityAtScaleIT {
    @Test
    void noEntityOfManyPagesCarriesOtherEntitiesNames(@TempDir Path dir) throws Exception {
        Path pages = dir.resolve("pages");
        new SyntheticCorpus(7).write(pages, 150);
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            kg.ingest(List.of(pages), new Pipeline(IriMinter.DEFAULT_BASE), new IngestListener() {});
            var spread = org.localkg.bench.ValuesPerEntity.of(kg.dataset());
            var names = spread.get("labels (rdfs:label, skos:altLabel)");
            assertTrue(names.max() <= 3, "an entity carries " + names.max() + " names");
            // the generator gives a few projects of two counties one name, and one name is one entity
            assertTrue(spread.get("park").p99() <= 1, "projects and companies in " + spread.get("park") + " parks (max / p99)");
        }
    }
}
