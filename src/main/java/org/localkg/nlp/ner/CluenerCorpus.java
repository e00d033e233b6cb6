package org.localkg.nlp.ner;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the CLUENER2020 format: JSON objects one after another (one per line in the published
 * files, but nothing relies on that), each {@code {"text": …, "label": {CLASS: {SPAN: [[start,
 * end], …]}}}} with {@code end} inclusive. Only the classes asked for are kept.
 */
public final class CluenerCorpus {
    /** The classes the extractor learns: people, companies, government bodies, organisations, posts. */
    public static final Set<String> CLASSES = Set.of("name", "company", "government", "organization", "position");

    private CluenerCorpus() {
    }

    public static List<NerSentence> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    public static List<NerSentence> read(Reader in, String name) throws IOException {
        List<NerSentence> out = new ArrayList<>();
        JsonReader reader = new JsonReader(in);
        reader.setStrictness(Strictness.LENIENT);
        try {
            while (reader.peek() != JsonToken.END_DOCUMENT) {
                JsonElement e = JsonParser.parseReader(reader);
                if (!e.isJsonObject()) {
                    throw new IOException(name + ": record " + (out.size() + 1) + " is not a JSON object");
                }
                out.add(sentence(e.getAsJsonObject(), name, out.size() + 1));
            }
        } catch (JsonParseException | IllegalStateException e) {
            throw new IOException(name + ": not CLUENER JSON after record " + out.size() + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static NerSentence sentence(JsonObject o, String name, int n) throws IOException {
        if (!o.has("text")) {
            throw new IOException(name + ": record " + n + " has no \"text\"");
        }
        String text = o.get("text").getAsString();
        List<NerSpan> spans = new ArrayList<>();
        if (o.has("label") && o.get("label").isJsonObject()) {
            for (Map.Entry<String, JsonElement> cls : o.getAsJsonObject("label").entrySet()) {
                if (!CLASSES.contains(cls.getKey())) {
                    continue;
                }
                for (Map.Entry<String, JsonElement> mention : cls.getValue().getAsJsonObject().entrySet()) {
                    for (JsonElement range : mention.getValue().getAsJsonArray()) {
                        int start = range.getAsJsonArray().get(0).getAsInt();
                        int end = range.getAsJsonArray().get(1).getAsInt() + 1;
                        if (start < 0 || end > text.length() || !text.substring(start, end).equals(mention.getKey())) {
                            throw new IOException(name + ": record " + n + ": span " + range + " is not \"" + mention.getKey() + "\"");
                        }
                        spans.add(new NerSpan(start, end, cls.getKey()));
                    }
                }
            }
        }
        spans.sort(null);
        return new NerSentence(text, spans);
    }

    /**
     * The benchmark-style split used for every figure we report: every tenth sentence (index 9,
     * 19, …) is held out, the rest are trained on. Fixed, so that anyone can reproduce it.
     */
    public static boolean heldOut(int index) {
        return index % 10 == 9;
    }
}
