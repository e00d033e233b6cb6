package org.localkg.store;

import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFLib;

/**
 * Reads an N-Quads file (gzipped or not) through once before the xloader sees it, strictly:
 * any syntax error, a truncated file or archive, a bad character, a relative IRI is an
 * {@link IllegalArgumentException} naming the file, the line and the problem. The xloader's first
 * step runs its parser beside an external sort, and a parser failure there used to leave the main
 * thread waiting on the sort for ever.
 */
final class QuadFileCheck {
    private QuadFileCheck() {}

    /** @param file the file; {@code asRead} the name the parser is given (its extension tells gzip) */
    static void check(Path file, String asRead) {
        if (asRead.endsWith(".gz")) {
            wholeArchive(file);
        }
        try {
            RDFParser.source(asRead).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .checking(true).parse(StreamRDFLib.sinkNull());
        } catch (RiotException e) {
            throw new IllegalArgumentException(file + ": " + problem(e), e);
        } catch (RuntimeException e) {
            // a truncated gzip stream or an unreadable file surfaces as an I/O error wrapped by the parser
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException(file + ": cannot be read to the end: " + cause.getMessage(), e);
        }
    }

    /** Jena's parser takes a gzip stream that stops short for its end: read it to its real end first. */
    private static void wholeArchive(Path file) {
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(file), 1 << 16)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(file + ": the gzip archive is truncated or damaged (" + e.getMessage() + ")", e);
        }
    }

    private static String problem(RiotException e) {
        if (e instanceof org.apache.jena.riot.RiotParseException p && p.getLine() > 0) {
            return "line " + p.getLine() + ", column " + p.getCol() + ": " + p.getOriginalMessage();
        }
        if (e.getMessage() == null) {
            return "not N-Quads";
        }
        // the strict handler's form, [line: 3, col: 1 ] Quad not terminated by DOT, as people write it
        return e.getMessage().replaceFirst("^\\[line: (\\d+), col: (\\d+) *\\] *", "line $1, column $2: ");
    }
}
