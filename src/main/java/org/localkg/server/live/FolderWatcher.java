package org.localkg.server.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.localkg.ingest.SourceReader;
import org.localkg.store.DiskFull;
import org.localkg.store.StoreFullException;

/**
 * Watches a folder (and the folders below it) and ingests the {@code .txt} files that appear or
 * change, identified by their path below the folder, as {@code kg ingest FOLDER} would. On start
 * it ingests what the folder already holds (unchanged files are skipped by their hash). Events
 * are gathered until the folder has been quiet for {@link #QUIET_MILLIS}, so that a file still
 * being written is read once it is whole. A file deleted from the folder keeps its articles in
 * the store: removing data is left to a deliberate act.
 */
public final class FolderWatcher implements AutoCloseable {
    /** How long the folder must be quiet before what changed is ingested. */
    static final long QUIET_MILLIS = 250;

    private final Path root;
    private final LiveIngest ingest;
    private final WatchService watcher;
    /** Registered folders by their key; used on the watching thread only (and filled before it starts). */
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    public FolderWatcher(Path root, LiveIngest ingest) {
        this.root = root.toAbsolutePath().normalize();
        this.ingest = ingest;
        try {
            if (!Files.isDirectory(this.root)) {
                throw new IllegalArgumentException("--watch needs a folder; " + root + " is not one");
            }
            this.watcher = FileSystems.getDefault().newWatchService();
            registerTree(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
        this.thread = new Thread(this::run, "kg-watch");
        this.thread.setDaemon(true);
    }

    public FolderWatcher start() {
        thread.start();
        return this;
    }

    private void registerTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d : walk.filter(Files::isDirectory).toList()) {
                folders.put(d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE), d);
            }
        }
    }

    private void run() {
        ingestAll(); // what arrived while no server watched
        TreeSet<Path> pending = new TreeSet<>();
        try {
            while (!closed) {
                WatchKey key = watcher.poll(pending.isEmpty() ? 1000 : QUIET_MILLIS, TimeUnit.MILLISECONDS);
                if (key == null) {
                    if (!pending.isEmpty()) {
                        List<Path> files = new ArrayList<>(pending);
                        pending.clear();
                        ingest(files);
                    }
                    continue;
                }
                Path dir = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        ingestAll(); // events were lost: look at everything (unchanged files are skipped)
                        continue;
                    }
                    Path changed = dir == null ? null : dir.resolve((Path) event.context());
                    if (changed == null || event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                        continue;
                    }
                    if (Files.isDirectory(changed)) {
                        registerTree(changed);
                        pending.addAll(SourceReader.expand(changed)); // files moved in with their folder
                    } else if (changed.getFileName().toString().endsWith(".txt") && !changed.getFileName().toString().startsWith(".")) {
                        pending.add(changed);
                    } else {
                        Path page = SourceReader.pageOfSidecar(changed);
                        if (page != null && Files.isRegularFile(page)) {
                            pending.add(page); // a .meta that came after its page: read the page again
                        }
                    }
                }
                if (!key.reset()) {
                    folders.remove(key);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        } catch (IOException | RuntimeException e) {
            System.err.println("kg serve: watching " + root + " stopped: " + e);
        }
    }

    private void ingestAll() {
        try {
            ingest(SourceReader.expand(root));
        } catch (RuntimeException e) {
            System.err.println("kg serve: cannot ingest " + root + ": " + e.getMessage());
        }
    }

    /**
     * Ingests what changed. A full disk, or any other failure of the store's writes, is told in
     * one line and watching goes on: the server keeps serving what is stored, and files saved once
     * there is room again are ingested.
     */
    private void ingest(List<Path> files) {
        List<Path> present = files.stream().filter(Files::isRegularFile).toList();
        if (present.isEmpty()) {
            return;
        }
        try {
            ingest.files(root, present);
        } catch (StoreFullException e) {
            System.err.println(DiskFull.line("kg serve", e.store(), e.whatWasStored() + "; this ingest was of " + named(present)
                    + ": once space is freed, save them again or restart the server (what is stored is skipped as unchanged)"));
        } catch (RuntimeException e) {
            System.err.println("kg serve: ingesting " + named(present) + " failed: " + (e.getMessage() != null ? e.getMessage() : e));
        }
    }

    /** The first few files by their path below the watched folder, and how many more there are. */
    private String named(List<Path> files) {
        String few = String.join(", ", files.stream().limit(3).map(f -> root.relativize(f.toAbsolutePath().normalize()).toString()).toList());
        return files.size() <= 3 ? few : few + " and " + (files.size() - 3) + " more";
    }

    /** How long closing waits for an ingest under way before interrupting it. */
    private static final long CLOSE_WAIT_MILLIS = 60_000;

    /**
     * Stops watching. An ingest under way is let finish first: interrupted in the middle of its
     * commit, it would leave the text index half committed for the store's own close to trip over
     * ("prepareCommit was already called"). Only one that outlasts the wait is interrupted.
     */
    @Override
    public void close() {
        closed = true;
        try {
            watcher.close(); // a poll under way ends at once
        } catch (IOException e) {
            // closing anyway
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(CLOSE_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread.interrupt();
    }
}
