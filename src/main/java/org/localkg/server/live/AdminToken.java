package org.localkg.server.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/**
 * The secret that {@code POST /admin/ingest} asks for, as {@code Authorization: Bearer TOKEN}. It
 * comes from a file (its first line) or from the environment variable {@link #ENV}, never from the
 * command line, where other users of the machine could read it in the process list.
 */
public final class AdminToken {
    public static final String ENV = "KG_ADMIN_TOKEN";
    /** Shorter secrets are refused: they could be guessed. */
    public static final int MIN_LENGTH = 16;

    private final byte[] secret;

    private AdminToken(String secret) {
        if (secret.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the admin token must be at least " + MIN_LENGTH + " characters long");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public static AdminToken of(String secret) {
        return new AdminToken(secret.strip());
    }

    public static AdminToken fromFile(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String first = text.lines().findFirst().orElse("");
            return new AdminToken(first.strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the admin token file " + file, e);
        }
    }

    /** Whether an {@code Authorization} header carries this token (compared in constant time). */
    public boolean admits(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(secret, given);
    }
}
