package org.localkg.ingest;

import java.nio.file.Path;

/**
 * A file to read and the identity it gets: its path relative to the folder the run was given
 * ({@code 2024-12-28/A1.txt}), or its bare name when the file itself was given. Papers are laid
 * out one folder a day with the same page names, so the folder is part of who a page is.
 *
 * @param root the folder the file was found under, whose real location it must stay inside
 *             (a link out of it is refused when read); null for a file given by itself
 */
public record InputFile(Path file, String id, Path root) {
    public static InputFile named(Path file) {
        return new InputFile(file, file.getFileName().toString(), null);
    }

    /** A file found under {@code root}: its id is the relative path with {@code /} between the parts. */
    public static InputFile under(Path root, Path file) {
        Path rel = root.relativize(file);
        StringBuilder id = new StringBuilder();
        for (Path part : rel) {
            id.append(id.length() == 0 ? "" : "/").append(part);
        }
        return new InputFile(file, id.toString(), root);
    }
}
