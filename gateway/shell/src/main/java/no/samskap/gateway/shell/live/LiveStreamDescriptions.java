package no.samskap.gateway.shell.live;

import jakarta.inject.Singleton;
import no.samskap.gateway.shell.api.OpenApiPaths;
import no.samskap.gateway.shell.web.Audience;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Describes each live stream in the OpenAPI document, as the build describes a controller's route. */
@Singleton
final class LiveStreamDescriptions implements OpenApiPaths {

    private final LiveStreams streams;

    LiveStreamDescriptions(LiveStreams streams) {
        this.streams = streams;
    }

    @Override
    public Map<String, Object> paths() {
        var paths = new TreeMap<String, Object>();
        streams.all().forEach(stream -> paths.put(stream.path(), Map.of("get", operation(stream))));
        return paths;
    }

    private static Map<String, Object> operation(LiveStream stream) {
        var operation = new LinkedHashMap<String, Object>();
        operation.put("description", stream.description()
            + " A comment every 15 seconds keeps the connection open. " + whoMayFollow(stream.audience()));
        if (!stream.queryParameters().isEmpty()) {
            operation.put("parameters", new TreeMap<>(stream.queryParameters()).entrySet().stream()
                .map(parameter -> Map.of("name", parameter.getKey(), "in", "query", "required", true,
                    "description", parameter.getValue(), "schema", Map.of("type", "string")))
                .toList());
        }
        var responses = new LinkedHashMap<String, Object>();
        responses.put("200", Map.of("description", "Server-Sent Events, never cached",
            "content", Map.of("text/event-stream", Map.of("schema", Map.of("type", "string")))));
        if (!stream.queryParameters().isEmpty()) {
            responses.put("400", Map.of("description", "A query parameter is missing or malformed (problem+json)"));
        }
        if (stream.audience() != Audience.ANYONE) {
            responses.put("401", Map.of("description", "Not signed in (problem+json)"));
        }
        if (stream.audience() == Audience.STAFF) {
            responses.put("403", Map.of("description", "Not the municipality's staff (problem+json)"));
        }
        operation.put("responses", responses);
        operation.put("tags", List.of("live"));
        return operation;
    }

    private static String whoMayFollow(Audience audience) {
        switch (audience) {
            case SIGNED_IN:
                return "Anyone signed in may follow it.";
            case STAFF:
                return "Only the municipality's staff may follow it.";
            default:
                return "Anyone may follow it.";
        }
    }
}
