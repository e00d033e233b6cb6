package org.localkg.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The Reconciliation API 0.2 JSON Schemas (test resources, unchanged), loaded with the networknt
 * validator. They declare the draft-agnostic {@code http://json-schema.org/schema#}, which names
 * no draft; they are read as draft 7, the draft their keywords belong to.
 */
final class ReconSchemas {
    static final String PREFIX = "https://reconciliation-api.github.io/specs/0.2/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
            b -> b.schemaMappers(m -> m.mapPrefix(PREFIX, "classpath:reconciliation-0.2/schemas/")
                    .mapPrefix("https://reconciliation-api.github.io/specs/draft/schemas/", "classpath:reconciliation-0.2/schemas/")));

    private ReconSchemas() {}

    static JsonSchema schema(String name) {
        try (InputStream in = ReconSchemas.class.getClassLoader().getResourceAsStream("reconciliation-0.2/schemas/" + name + ".json")) {
            ObjectNode node = (ObjectNode) JSON.readTree(in);
            node.remove("$schema");
            return FACTORY.getSchema(SchemaLocation.of(PREFIX + name + ".json"), node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with the validator's messages when {@code json} is not valid against the schema. */
    static void assertValid(String schemaName, String json) {
        Set<ValidationMessage> errors = schema(schemaName).validate(parse(json));
        assertTrue(errors.isEmpty(), schemaName + ": " + errors + "\n" + json);
    }

    static boolean isValid(String schemaName, String json) {
        return schema(schemaName).validate(parse(json)).isEmpty();
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
