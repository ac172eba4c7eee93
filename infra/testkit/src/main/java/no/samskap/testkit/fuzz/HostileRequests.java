package no.samskap.testkit.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes the n-th hostile request for an operation. The kinds take turns, so every operation gets every kind of
 * hostility; what each kind breaks is drawn from a random generator seeded for the run.
 */
final class HostileRequests {

    private static final List<String> BODY_KINDS = List.of("valid", "field", "field", "field", "structure",
        "structure", "content-type", "caller", "path", "missing-fields", "extra-field", "query", "headers");
    private static final List<String> READ_KINDS = List.of("valid", "path", "query", "query", "caller", "headers");
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "", "application/json; charset=ISO-8859-1",
        "*/*", "application/json-patch+json", "}{", "application/problem+json", "text/html; charset=utf-8");

    /** How many requests it takes to give an operation every kind of hostility once. */
    static final int KINDS = BODY_KINDS.size();

    private final Random random;
    private final Callers callers;
    private final Map<String, List<String>> known;
    private final HostileValues hostile;
    private final SampleValues samples;

    HostileRequests(Random random, Callers callers, Map<String, List<String>> known) {
        this.random = random;
        this.callers = callers;
        this.known = known;
        this.hostile = new HostileValues(random);
        this.samples = new SampleValues(random, known);
    }

    FuzzRequest make(ApiOperation operation, int n) {
        var kinds = operation.body().isPresent() ? BODY_KINDS : READ_KINDS;
        var kind = kinds.get(n % kinds.size());
        var headers = new LinkedHashMap<String, String>();
        var validCaller = !kind.equals("caller") && !callers.valid().isEmpty();
        headers.putAll(hostile.pick(validCaller ? callers.valid() : callers.hostile()));
        var target = path(operation, kind.equals("path")) + query(operation, kind.equals("query"));
        var body = new byte[0];
        if (operation.body().isPresent()) {
            var described = operation.body().get();
            headers.put("Content-Type", described.mediaType());
            body = body(kind, described, headers);
        }
        if (kind.equals("headers")) {
            hostileHeader(headers);
        }
        return new FuzzRequest(operation, kind, operation.method(), target, headers, body, validCaller);
    }

    private String path(ApiOperation operation, boolean hostileSegment) {
        var parameters = operation.parametersIn("path");
        var broken = parameters.isEmpty() ? -1 : random.nextInt(parameters.size());
        var path = operation.path();
        for (int i = 0; i < parameters.size(); i++) {
            var parameter = parameters.get(i);
            var value = hostileSegment && i == broken ? hostile.inUrl()
                : encode(String.valueOf(samples.forSchema(parameter.name(), parameter.schema())));
            path = path.replace("{" + parameter.name() + "}", value);
        }
        return path;
    }

    private String query(ApiOperation operation, boolean hostileValue) {
        var pairs = new ArrayList<String>();
        var parameters = operation.parametersIn("query");
        for (var parameter : parameters) {
            if (parameter.required() || random.nextBoolean()) {
                var value = hostileValue && random.nextInt(parameters.size()) == 0 ? hostile.inUrl()
                    : encode(String.valueOf(samples.forSchema(parameter.name(), parameter.schema())));
                pairs.add(encode(parameter.name()) + "=" + value);
            }
        }
        if (hostileValue) {
            var name = parameters.isEmpty() || random.nextBoolean() ? hostile.pick(List.of("cursor", "after", "limit", "page", "from", "to"))
                : parameters.get(random.nextInt(parameters.size())).name();
            pairs.add(name + "=" + hostile.inUrl());
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private byte[] body(String kind, ApiOperation.Body described, Map<String, String> headers) {
        var schema = described.schema();
        var sample = samples.forSchema("body", schema);
        switch (kind) {
            case "field" -> {
                if (sample instanceof Map<?, ?> object && !object.isEmpty()) {
                    var fields = new LinkedHashMap<String, Object>(samples.object(schema));
                    var name = new ArrayList<>(fields.keySet()).get(random.nextInt(fields.size()));
                    fields.put(name, hostile.forSchema(OpenApiOperations.map(OpenApiOperations.map(schema.get("properties")).get(name))));
                    return JsonBytes.of(fields);
                }
                return JsonBytes.of(hostile.forSchema(schema));
            }
            case "missing-fields" -> {
                return random.nextBoolean() ? JsonBytes.of(Map.of()) : JsonBytes.of(nullsFor(schema));
            }
            case "extra-field" -> {
                var fields = new LinkedHashMap<String, Object>(samples.object(schema));
                fields.put(hostile.pick(List.of("id", "authorId", "municipality", "status", "__proto__", "createdAt")),
                    hostile.forSchema(Map.of("type", "string")));
                return JsonBytes.of(fields);
            }
            case "structure" -> {
                return BrokenJson.of(random, JsonBytes.of(sample));
            }
            case "content-type" -> {
                var contentType = hostile.pick(WRONG_CONTENT_TYPES);
                if (contentType.isEmpty()) {
                    headers.remove("Content-Type");
                } else {
                    headers.put("Content-Type", contentType);
                }
                return contentType.contains("ISO-8859-1") ? "{\"title\":\"S\u00e6ter\"}".getBytes(StandardCharsets.ISO_8859_1)
                    : JsonBytes.of(sample);
            }
            default -> {
                return JsonBytes.of(sample);
            }
        }
    }

    private static Map<String, Object> nullsFor(Map<String, Object> schema) {
        var nulls = new LinkedHashMap<String, Object>();
        OpenApiOperations.map(schema.get("properties")).keySet().forEach(name -> nulls.put(name, null));
        return nulls;
    }

    private void hostileHeader(Map<String, String> headers) {
        switch (random.nextInt(5)) {
            case 0 -> headers.put("X-Fuzz-Padding", "p".repeat(20_000));
            case 1 -> headers.put("Idempotency-Key", hostile.pick(List.of("", " ", "x".repeat(5000), "ÆØÅ", "a/../b")));
            case 2 -> headers.put("Accept", hostile.pick(List.of("application/xml", "text/csv", "*/*;q=abc", "")));
            case 3 -> headers.put("Accept-Language", hostile.pick(List.of("xx-YY", "*", "nb;q=2,en;q=-1", "x".repeat(3000))));
            default -> headers.put("Content-Encoding", hostile.pick(List.of("gzip", "br", "deflate")));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
