package org.localkg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The base IRI a store's IRIs were minted under, recorded in {@code localkg.properties} in the
 * store folder at the first ingest. Served or extended under another base, every entity IRI
 * would answer 404 or two bases would mix in one store, so {@link #resolve} refuses that. A
 * store written before the record existed has its base read off its sources graph
 * ({@code BASE/graph/sources}).
 */
public final class StoreBase {
    static final String FILE = "localkg.properties";
    private static final String SOURCES = "graph/sources";

    private StoreBase() {}

    /** The recorded base, or the one the store's data shows, or null for an empty store. */
    public static String recorded(Path storeDir, DatasetGraph dsg) {
        Path f = storeDir.resolve(FILE);
        if (Files.isRegularFile(f)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
            return p.getProperty("base");
        }
        return Txn.calculateRead(dsg, () -> {
            var graphs = dsg.listGraphNodes();
            while (graphs.hasNext()) {
                Node g = graphs.next();
                if (g.isURI() && g.getURI().endsWith("/" + SOURCES)) {
                    return g.getURI().substring(0, g.getURI().length() - SOURCES.length());
                }
            }
            return null;
        });
    }

    /**
     * The base to use: the one asked ({@code null}: none asked) when it agrees with the record,
     * the recorded one when none is asked, the default for a new store. Records it for a store
     * that had no record. A base that disagrees with the record is refused.
     */
    public static String resolve(Path storeDir, DatasetGraph dsg, String asked, String dflt) {
        String recorded = recorded(storeDir, dsg);
        String wanted = asked == null ? null : slash(asked);
        if (recorded != null && wanted != null && !recorded.equals(wanted)) {
            throw new IllegalArgumentException("the store " + storeDir + " holds IRIs minted under " + recorded + ", not " + wanted
                    + ": use --base " + recorded + " (or leave --base out), or a new store for the other base");
        }
        String base = recorded != null ? recorded : wanted != null ? wanted : slash(dflt);
        if (!Files.isRegularFile(storeDir.resolve(FILE))) {
            Properties p = new Properties();
            p.setProperty("base", base);
            try (Writer w = Files.newBufferedWriter(storeDir.resolve(FILE), StandardCharsets.UTF_8)) {
                p.store(w, "localkg: the base IRI this store's IRIs are minted under");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot record the base in " + storeDir, e);
            }
        }
        return base;
    }

    private static String slash(String base) {
        return base.endsWith("/") ? base : base + "/";
    }
}
