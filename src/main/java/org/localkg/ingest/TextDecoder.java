package org.localkg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text. Chinese text files come in UTF-8 and, often, in GB18030/GBK: UTF-8 is tried
 * first (a GBK file of Chinese text is almost never valid UTF-8), then GB18030, which decodes
 * GBK and GB2312 too. A file that opens with a UTF-16 byte order mark (as Windows editors save
 * "Unicode" text) is decoded as UTF-16. Text with a NUL anywhere, or mostly control characters,
 * is rejected as binary: a NUL would end up in stored article text.
 */
public final class TextDecoder {
    public static final Charset GB18030 = Charset.forName("GB18030");

    /** The text and the encoding it was read in. */
    public record Decoded(String text, Charset charset) {}

    private TextDecoder() {}

    public static Decoded decode(String source, byte[] bytes) {
        if (bytes.length == 0) {
            throw new SourceException(source, "the file is empty");
        }
        Charset utf16 = utf16Bom(bytes);
        if (utf16 != null) {
            String text = strictDecode(bytes, 2, utf16);
            if (text == null) {
                throw new SourceException(source, "the file opens with a UTF-16 byte order mark but is not valid UTF-16");
            }
            return checked(source, text, utf16);
        }
        if (looksBinary(bytes)) {
            throw new SourceException(source, "the file is binary, not text (expected UTF-8, GB18030 or UTF-16 text)");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new SourceException(source, "the file holds a NUL byte at offset " + i + ": binary data, not text");
            }
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        String text = strictDecode(bytes, start, StandardCharsets.UTF_8);
        Charset used = StandardCharsets.UTF_8;
        if (text == null) {
            text = strictDecode(bytes, 0, GB18030);
            used = GB18030;
        }
        if (text == null) {
            throw new SourceException(source, "the file is neither UTF-8 nor GB18030/GBK text");
        }
        return checked(source, text, used);
    }

    private static Decoded checked(String source, String text, Charset used) {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new SourceException(source, "the file holds a NUL character at character " + nul + ": binary data, not text");
        }
        if (text.isBlank()) {
            throw new SourceException(source, "the file holds only white space");
        }
        return new Decoded(text, used);
    }

    private static Charset utf16Bom(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 10;
    }

    private static String strictDecode(byte[] bytes, int offset, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
