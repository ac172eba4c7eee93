package no.samskap.testkit.fuzz;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the operations of an OpenAPI 3 document, resolving the schemas its parts refer to. */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final int DEEPEST_REFERENCE = 8;

    private final Map<String, Object> schemas;

    private OpenApiOperations(Map<String, Object> schemas) {
        this.schemas = schemas;
    }

    /**
     * Every operation of the document, in the document's order, leaving out the paths {@code skipped} names and the
     * live streams.
     */
    public static List<ApiOperation> of(String yaml, Set<String> skipped) {
        var options = new LoaderOptions();
        options.setCodePointLimit(50 * 1024 * 1024);
        Map<String, Object> document = new Yaml(options).load(yaml);
        var reader = new OpenApiOperations(map(map(document.get("components")).get("schemas")));
        var operations = new ArrayList<ApiOperation>();
        map(document.get("paths")).forEach((path, item) -> {
            if (!skipped.contains(path)) {
                map(item).forEach((method, operation) -> {
                    if (METHODS.contains(method) && !streams(map(operation))) {
                        operations.add(reader.operation(method.toUpperCase(Locale.ROOT), path, map(operation)));
                    }
                });
            }
        });
        return operations;
    }

    /** A live stream never ends, so it has no answer to judge; it is left out. */
    private static boolean streams(Map<String, Object> operation) {
        return map(operation.get("responses")).values().stream()
            .anyMatch(response -> map(map(response).get("content")).containsKey("text/event-stream"));
    }

    private ApiOperation operation(String method, String path, Map<String, Object> operation) {
        var parameters = new ArrayList<ApiOperation.Parameter>();
        for (Object each : list(operation.get("parameters"))) {
            var parameter = map(each);
            parameters.add(new ApiOperation.Parameter(String.valueOf(parameter.get("name")), String.valueOf(parameter.get("in")),
                Boolean.TRUE.equals(parameter.get("required")), resolve(map(parameter.get("schema")), 0)));
        }
        Optional<ApiOperation.Body> body = map(map(operation.get("requestBody")).get("content")).entrySet().stream()
            .findFirst()
            .map(content -> new ApiOperation.Body(content.getKey(), resolve(map(map(content.getValue()).get("schema")), 0)));
        return new ApiOperation(method, path, List.copyOf(parameters), body);
    }

    /** The schema with its references replaced by what they name, to a depth that cuts recursive schemas. */
    private Map<String, Object> resolve(Map<String, Object> schema, int depth) {
        if (depth > DEEPEST_REFERENCE) {
            return Map.of("type", "object");
        }
        var reference = schema.get("$ref");
        if (reference instanceof String name) {
            return resolve(map(schemas.get(name.substring(name.lastIndexOf('/') + 1))), depth + 1);
        }
        var resolved = new LinkedHashMap<String, Object>(schema);
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            var resolvedProperties = new LinkedHashMap<String, Object>();
            properties.forEach((name, property) -> resolvedProperties.put(String.valueOf(name), resolve(map(property), depth + 1)));
            resolved.put("properties", resolvedProperties);
        }
        if (schema.get("items") instanceof Map<?, ?> items) {
            resolved.put("items", resolve(map(items), depth + 1));
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.get(combined) instanceof List<?> parts && !parts.isEmpty()) {
                resolved.putAll(resolve(map(parts.get(0)), depth + 1));
            }
        }
        return resolved;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}
