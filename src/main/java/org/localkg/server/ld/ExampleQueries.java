package org.localkg.server.ld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The example queries bundled from {@code queries/}, in the order {@code queries/index.txt} lists them. */
final class ExampleQueries {
    static final String FOLDER = "org/localkg/queries/";

    private ExampleQueries() {}

    static List<ExampleQuery> all() {
        List<ExampleQuery> all = new ArrayList<>();
        for (String line : resource("index.txt").split("\\R")) {
            if (!line.isBlank()) {
                String name = line.strip();
                all.add(ExampleQuery.parse(name, resource(name)));
            }
        }
        return all;
    }

    private static String resource(String name) {
        try (InputStream in = ExampleQueries.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
