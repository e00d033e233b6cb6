package org.localkg.ingest;

import java.time.LocalDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns paths into {@link Source}s: folders are walked for {@code .txt} files (sorted, so a run
 * is repeatable), each file decoded, its metadata taken from front matter and a sidecar
 * ({@code NAME.txt.meta} or {@code NAME.meta}; front matter wins). Problems are thrown as
 * {@link SourceException}s naming the file.
 */
public final class SourceReader {
    private SourceReader() {}

    /** The text files a path stands for: itself, or the {@code .txt} files below a folder. */
    public static List<Path> expand(Path path) {
        return inputs(path).stream().map(InputFile::file).toList();
    }

    /**
     * The text files a path stands for, each with its identity: a file given is named by its file
     * name; the {@code .txt} files below a folder by their path relative to that folder.
     */
    public static List<InputFile> inputs(Path path) {
        if (!Files.exists(path)) {
            throw new SourceException(path, "no such file or folder");
        }
        if (!Files.isDirectory(path)) {
            return List.of(InputFile.named(path));
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<InputFile> files = new ArrayList<>(walk
                    .filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .map(p -> InputFile.under(path, p))
                    .toList());
            return files;
        } catch (IOException e) {
            throw new SourceException(path, "cannot list the folder: " + e.getMessage());
        }
    }

    public static Source read(Path path) {
        return read(InputFile.named(path), InputLimits.DEFAULT);
    }

    public static Source read(InputFile input, InputLimits limits) {
        Path path = input.file();
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new SourceException(path, "is a folder, not a file");
            }
            if (input.root() != null) {
                insideRoot(path, input.root());
            }
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                throw tooLarge(path.toString(), size, limits);
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new SourceException(path, "no such file");
        } catch (AccessDeniedException e) {
            throw new SourceException(path, "cannot be read (permission denied)");
        } catch (IOException e) {
            throw new SourceException(path, "cannot be read: " + e.getMessage());
        }
        Sidecar sidecar = readSidecar(path, input.root());
        Source source = fromBytes(input.id(), path.toAbsolutePath().normalize().toString(), bytes, sidecar.metadata());
        if (sidecar.text() == null) {
            return source;
        }
        // the sidecar is part of what the page says: a changed or newly arrived .meta changes the
        // hash, so the page is read again rather than skipped as unchanged
        byte[] meta = sidecar.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] both = java.util.Arrays.copyOf(bytes, bytes.length + 1 + meta.length);
        System.arraycopy(meta, 0, both, bytes.length + 1, meta.length);
        return new Source(source.id(), source.location(), source.text(), source.metadata(), sha256(both));
    }

    /** A source bundled on the classpath (the sample corpus). */
    public static Source readResource(String resource) {
        try (InputStream in = SourceReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new SourceException("classpath:" + resource, "no such resource");
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return fromBytes(name, "classpath:" + resource, in.readAllBytes(), Metadata.NONE);
        } catch (IOException e) {
            throw new SourceException("classpath:" + resource, "cannot be read: " + e.getMessage());
        }
    }

    public static Source fromBytes(String id, String location, byte[] bytes, Metadata sidecar) {
        TextDecoder.Decoded decoded = TextDecoder.decode(location, bytes);
        MetadataParser.Split split = MetadataParser.splitFrontMatter(location, decoded.text());
        if (split.body().isBlank()) {
            throw new SourceException(location, "the file holds front matter but no text");
        }
        Metadata md = sidecar.overriddenBy(split.metadata());
        if (md.date() == null) {
            // a web page that prints its publication stamp in its head (发布时间：2021-10-14) has that date
            LocalDate printed = PageDates.find(split.body());
            if (printed != null) {
                md = md.overriddenBy(new Metadata(printed, null, null, null, null));
            }
        }
        return new Source(id, location, split.body(), md, sha256(bytes));
    }

    /**
     * Refuses a file whose real location (links followed) is not inside the real location of the
     * folder it was found in: a link in a watched folder to {@code /etc/passwd} or to the admin
     * token would otherwise be read, stored and served to anyone.
     */
    static void insideRoot(Path file, Path root) throws IOException {
        Path real = file.toRealPath();
        Path realRoot = root.toRealPath();
        if (!real.startsWith(realRoot)) {
            throw new SourceException(file, "is a link to " + real + ", outside the folder " + realRoot + "; refused");
        }
    }

    /** The error for a file over the size limit. */
    public static SourceException tooLarge(String location, long size, InputLimits limits) {
        return new SourceException(location, "the file is " + size + " bytes, more than the limit of " + limits.maxFileBytes()
                + " (a newspaper page is tens of kilobytes); skipped");
    }

    /** The names a text file's sidecar may have, the one that wins first: {@code NAME.txt.meta}, then {@code NAME.meta}. */
    public static List<String> sidecarNames(String fileName) {
        String stem = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
        return List.of(fileName + ".meta", stem + ".meta");
    }

    /** A page's sidecar: its metadata and its text (null when the page has none). */
    private record Sidecar(Metadata metadata, String text) {}

    private static Sidecar readSidecar(Path path, Path root) {
        for (String sidecar : sidecarNames(path.getFileName().toString())) {
            Path candidate = path.resolveSibling(sidecar);
            if (Files.isRegularFile(candidate)) {
                try {
                    if (root != null) {
                        insideRoot(candidate, root);
                    }
                    String text = Files.readString(candidate);
                    return new Sidecar(MetadataParser.parse(candidate.toString(), text), text);
                } catch (IOException e) {
                    throw new SourceException(candidate, "cannot read the metadata file: " + e.getMessage());
                }
            }
        }
        return new Sidecar(Metadata.NONE, null);
    }

    /** The page a sidecar belongs to, in the same folder: {@code A1.txt} for {@code A1.txt.meta} or {@code A1.meta}. */
    public static Path pageOfSidecar(Path sidecar) {
        String name = sidecar.getFileName().toString();
        if (!name.endsWith(".meta")) {
            return null;
        }
        String stem = name.substring(0, name.length() - ".meta".length());
        return sidecar.resolveSibling(stem.endsWith(".txt") ? stem : stem + ".txt");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
