package org.localkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TEXT = "市委书记林建华调研滨湖高新区。";

    @Test
    void utf8IsReadAsIs() {
        assertEquals(TEXT, TextDecoder.decode("a.txt", TEXT.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void aByteOrderMarkIsDropped() {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertEquals(TEXT, TextDecoder.decode("a.txt", bytes).text());
    }

    @Test
    void gb18030IsDetectedAndDecoded() {
        TextDecoder.Decoded d = TextDecoder.decode("a.txt", TEXT.getBytes(TextDecoder.GB18030));
        assertEquals(TEXT, d.text());
        assertEquals(TextDecoder.GB18030, d.charset());
    }

    @Test
    void anEmptyFileIsRejectedByName() {
        SourceException e = assertThrows(SourceException.class, () -> TextDecoder.decode("empty.txt", new byte[0]));
        assertTrue(e.getMessage().startsWith("empty.txt: "), e.getMessage());
        assertTrue(e.getMessage().contains("empty"));
    }

    @Test
    void aBinaryFileIsRejectedByName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        SourceException e = assertThrows(SourceException.class, () -> TextDecoder.decode("photo.txt", png));
        assertTrue(e.getMessage().contains("photo.txt") && e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() {
        for (var cs : java.util.List.of(java.nio.charset.StandardCharsets.UTF_16LE, java.nio.charset.StandardCharsets.UTF_16BE)) {
            byte[] body = TEXT.getBytes(cs);
            byte[] bytes = new byte[body.length + 2];
            boolean le = cs == java.nio.charset.StandardCharsets.UTF_16LE;
            bytes[0] = (byte) (le ? 0xFF : 0xFE);
            bytes[1] = (byte) (le ? 0xFE : 0xFF);
            System.arraycopy(body, 0, bytes, 2, body.length);
            TextDecoder.Decoded d = TextDecoder.decode("unicode.txt", bytes);
            assertEquals(TEXT, d.text(), cs.name());
            assertEquals(cs, d.charset());
        }
    }

    @Test
    void aNulAnywhereIsRejectedNotStored() {
        byte[] text = (TEXT.repeat(2000) + "\0" + TEXT).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.length > 8192 * 2, "the NUL stands well past the first 8 KB");
        SourceException e = assertThrows(SourceException.class, () -> TextDecoder.decode("late-nul.txt", text));
        assertTrue(e.getMessage().startsWith("late-nul.txt: ") && e.getMessage().contains("NUL"), e.getMessage());
    }
}
