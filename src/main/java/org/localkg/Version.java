package org.localkg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build, as Maven wrote it into {@code version.properties}. */
public final class Version {
    private static final Properties BUILD = read();

    private Version() {}

    public static String get() {
        return BUILD.getProperty("version", "unknown");
    }

    /** The Apache Jena release the build was made with. */
    public static String jena() {
        return BUILD.getProperty("jena", "unknown");
    }

    private static Properties read() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
