package no.samskap.testkit.fuzz;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plausible values for a schema, so a hostile request breaks one thing at a time: what the test says it knows for a
 * name (a real municipality, an id that exists) comes first, then what the schema allows.
 */
final class SampleValues {

    private final Random random;
    private final Map<String, List<String>> known;

    SampleValues(Random random, Map<String, List<String>> known) {
        this.random = random;
        this.known = known;
    }

    Object forSchema(String name, Map<String, Object> schema) {
        var knownValues = known.get(name);
        if (knownValues != null && !knownValues.isEmpty()) {
            return knownValues.get(random.nextInt(knownValues.size()));
        }
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(random.nextInt(values.size()));
        }
        var format = String.valueOf(schema.get("format"));
        return switch (String.valueOf(schema.get("type"))) {
            case "integer" -> 1 + random.nextInt(5);
            case "number" -> 1.5;
            case "boolean" -> random.nextBoolean();
            case "array" -> List.of(forSchema(name, OpenApiOperations.map(schema.get("items"))));
            case "object" -> object(schema);
            default -> text(format, schema);
        };
    }

    Map<String, Object> object(Map<String, Object> schema) {
        var object = new LinkedHashMap<String, Object>();
        OpenApiOperations.map(schema.get("properties"))
            .forEach((name, property) -> object.put(name, forSchema(name, OpenApiOperations.map(property))));
        return object;
    }

    private String text(String format, Map<String, Object> schema) {
        if (format.equals("date")) {
            return LocalDate.now().plusDays(30 + random.nextInt(30)).toString();
        }
        if (format.equals("date-time")) {
            return OffsetDateTime.now(ZoneOffset.UTC).plusDays(30 + random.nextInt(30)).withNano(0).toString();
        }
        var text = "Prøvetekst frå fuzzaren " + random.nextInt(1000);
        var maxLength = schema.get("maxLength") instanceof Number max ? max.intValue() : Integer.MAX_VALUE;
        return text.substring(0, Math.min(text.length(), maxLength));
    }
}
