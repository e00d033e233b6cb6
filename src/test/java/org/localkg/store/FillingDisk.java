package org.localkg.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.localkg.validate.ShapesValidator;

/**
 * A disk with room for so many quads: a store opened on it writes for real into TDB2 until the
 * room is used up, then every write fails as TDB2's did on a full tmpfs (a bare
 * {@link InternalError} from the mapped file), inside a real transaction that is then undone.
 * {@link #free} gives room back, as an operator deleting files would.
 */
public final class FillingDisk {
    private final AtomicLong room;
    private final AtomicLong written = new AtomicLong();
    private final Runnable fail;

    public FillingDisk(long quads) {
        this(quads, () -> {
            throw DiskFullTest.mappedFault();
        });
    }

    /** Room for so many quads, then {@code fail} runs (it throws) in place of each write: for failures other than a full disk. */
    public FillingDisk(long quads, Runnable fail) {
        this.room = new AtomicLong(quads);
        this.fail = fail;
    }

    /** Room for every write: to count how many a run makes. */
    public static FillingDisk roomy() {
        return new FillingDisk(Long.MAX_VALUE);
    }

    /** The quads written so far, kept or undone. */
    public long written() {
        return written.get();
    }

    public KgStore open(Path dir) {
        return KgStore.open(dir, new ShapesValidator(), dsg -> new DatasetGraphWrapper(dsg) {
            @Override
            public void add(Quad quad) {
                use();
                super.add(quad);
            }

            @Override
            public void add(Node g, Node s, Node p, Node o) {
                use();
                super.add(g, s, p, o);
            }
        });
    }

    public void free(long quads) {
        room.set(quads);
    }

    private void use() {
        if (room.getAndDecrement() <= 0) {
            room.set(0);
            fail.run();
        }
        written.incrementAndGet();
    }
}
