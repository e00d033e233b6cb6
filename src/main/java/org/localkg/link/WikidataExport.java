package org.localkg.link;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * An export of {@code queries/wikidata/divisions-export.rq} from the Wikidata Query Service, as its
 * "Download" gives it: CSV with a header, JSON (an array of objects), or SPARQL JSON results.
 * Columns: {@code item} (the item's IRI), {@code code} (P442), and optionally {@code itemLabel}
 * (the Chinese label) and {@code parentCode}.
 */
public final class WikidataExport {
    public static final String ENTITY = "http://www.wikidata.org/entity/";

    /** One exported item; {@code code} in our form (see {@link DivisionCodes}); label and parent may be null. */
    public record Row(String item, String code, String label, String parentCode) {}

    private WikidataExport() {}

    public static List<Row> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<Map<String, String>> records = name.endsWith(".json") ? json(file) : csv(file, name.endsWith(".tsv"));
        List<Row> rows = new ArrayList<>();
        int line = 1;
        for (Map<String, String> r : records) {
            line++;
            String item = first(r, "item");
            String code = first(r, "code", "p442");
            if (item == null || code == null) {
                throw new IllegalArgumentException(file + ": record " + (line - 1) + " has no item or code column (columns: " + r.keySet() + ")");
            }
            if (!item.startsWith(ENTITY) || !item.substring(ENTITY.length()).matches("Q[0-9]+")) {
                throw new IllegalArgumentException(file + ": record " + (line - 1) + ": not a Wikidata item IRI: " + item);
            }
            String ours = DivisionCodes.fromWikidata(code);
            if (ours == null) {
                continue; // a village or an odd value: nothing of ours has such a code
            }
            String parent = first(r, "parentcode", "parent");
            rows.add(new Row(item, ours, first(r, "itemlabel", "label"), parent == null ? null : DivisionCodes.fromWikidata(parent)));
        }
        return rows;
    }

    private static String first(Map<String, String> r, String... names) {
        for (String n : names) {
            String v = r.get(n);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static List<Map<String, String>> csv(Path file, boolean tsv) throws IOException {
        CSVFormat format = (tsv ? CSVFormat.TDF : CSVFormat.RFC4180).builder().setHeader().setSkipHeaderRecord(true).get();
        List<Map<String, String>> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : format.parse(in)) {
                Map<String, String> m = new LinkedHashMap<>();
                rec.toMap().forEach((k, v) -> m.put(k.replace("\uFEFF", "").replace("?", "").toLowerCase(Locale.ROOT), v));
                out.add(m);
            }
        }
        return out;
    }

    private static List<Map<String, String>> json(Path file) throws IOException {
        JsonElement root;
        try {
            root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(file + ": not JSON: " + e.getMessage());
        }
        JsonArray records;
        boolean sparql = root.isJsonObject() && root.getAsJsonObject().has("results");
        if (sparql) {
            records = root.getAsJsonObject().getAsJsonObject("results").getAsJsonArray("bindings");
        } else if (root.isJsonArray()) {
            records = root.getAsJsonArray();
        } else {
            throw new IllegalArgumentException(file + ": expected a JSON array of records or SPARQL JSON results");
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (JsonElement e : records) {
            Map<String, String> m = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> f : e.getAsJsonObject().entrySet()) {
                JsonElement v = f.getValue();
                String value = sparql ? ((JsonObject) v).get("value").getAsString() : v.isJsonPrimitive() ? v.getAsString() : null;
                m.put(f.getKey().toLowerCase(Locale.ROOT), value);
            }
            out.add(m);
        }
        return out;
    }
}
