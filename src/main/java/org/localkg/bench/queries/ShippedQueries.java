package org.localkg.bench.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The queries the project ships ({@code queries/}, bundled in the jar), in the order
 * {@code queries/index.txt} lists them, read when the benchmark runs: the files change while
 * the benchmark stays the same, so it times whatever text they hold in this build.
 */
public final class ShippedQueries {
    /** Where the build puts {@code queries/} on the class path. */
    static final String FOLDER = "org/localkg/queries/";

    /** One shipped query: its file name and its text. */
    public record ShippedQuery(String name, String text) {}

    private ShippedQueries() {}

    /** Every query index.txt lists; a listed file that is missing is an error, not a silent gap. */
    public static List<ShippedQuery> all() {
        List<ShippedQuery> all = new ArrayList<>();
        for (String line : resource("index.txt").split("\\R")) {
            if (!line.isBlank()) {
                String name = line.strip();
                all.add(new ShippedQuery(name, resource(name)));
            }
        }
        return all;
    }

    private static String resource(String name) {
        try (InputStream in = ShippedQueries.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("queries/" + name + " is not in this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
