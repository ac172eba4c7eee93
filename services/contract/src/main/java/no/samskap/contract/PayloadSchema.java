package no.samskap.contract;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft 7, as AsyncAPI's schema format) of a payload record, read from its components the way
 * {@link EnvelopeCodec} writes them. A component of a type it does not know is refused, so a new kind of field
 * cannot slip past the published description.
 */
final class PayloadSchema {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final Map<Class<?>, String> PRIMITIVES = Map.of(
        int.class, "integer", long.class, "integer", short.class, "integer",
        double.class, "number", float.class, "number", boolean.class, "boolean");

    private static final Map<Class<?>, String> BOXED = Map.of(
        Integer.class, "integer", Long.class, "integer", Short.class, "integer",
        Double.class, "number", Float.class, "number", Boolean.class, "boolean", String.class, "string");

    private static final Map<Class<?>, String> FORMATTED = Map.of(Instant.class, "date-time", LocalDate.class, "date");

    private PayloadSchema() {
    }

    static ObjectNode of(Class<?> record) {
        if (!record.isRecord()) {
            throw new IllegalArgumentException(record.getName() + " is no record; payloads are records");
        }
        var schema = NODES.objectNode().put("type", "object");
        var properties = schema.putObject("properties");
        Arrays.stream(record.getRecordComponents()).forEach(component ->
            properties.set(component.getName(), of(component.getGenericType(), component.getType().isPrimitive())));
        return schema;
    }

    private static ObjectNode of(Type type, boolean primitive) {
        var raw = raw(type);
        if (primitive && PRIMITIVES.containsKey(raw)) {
            return NODES.objectNode().put("type", PRIMITIVES.get(raw));
        }
        if (BOXED.containsKey(raw)) {
            return nullable(BOXED.get(raw));
        }
        if (FORMATTED.containsKey(raw)) {
            return nullable("string").put("format", FORMATTED.get(raw));
        }
        if (List.class.equals(raw)) {
            var schema = nullable("array");
            schema.set("items", of(elementOf(type), false));
            return schema;
        }
        if (raw.isRecord()) {
            var schema = of(raw);
            schema.putArray("type").add("object").add("null");
            return schema;
        }
        throw new IllegalArgumentException("No JSON Schema for a payload component of type " + type.getTypeName());
    }

    private static ObjectNode nullable(String type) {
        var schema = NODES.objectNode();
        schema.putArray("type").add(type).add("null");
        return schema;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        throw new IllegalArgumentException("No JSON Schema for a payload component of type " + type.getTypeName());
    }

    private static Type elementOf(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[0];
        }
        throw new IllegalArgumentException(type.getTypeName() + " names no element type");
    }
}
