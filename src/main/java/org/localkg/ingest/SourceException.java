package org.localkg.ingest;

import java.nio.file.Path;

/** A source that cannot be read as text: the message always names the file and the problem. */
public class SourceException extends RuntimeException {
    private final String source;

    public SourceException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    public SourceException(Path path, String problem) {
        this(path.toString(), problem);
    }

    public String source() {
        return source;
    }
}
