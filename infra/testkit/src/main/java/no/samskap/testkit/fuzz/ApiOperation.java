package no.samskap.testkit.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation of an OpenAPI document: its method, path template, parameters and, for a write, the media type and
 * schema of its body, with every {@code $ref} already resolved.
 */
public record ApiOperation(String method, String path, List<Parameter> parameters, Optional<Body> body) {

    public record Parameter(String name, String in, boolean required, Map<String, Object> schema) {
    }

    public record Body(String mediaType, Map<String, Object> schema) {
    }

    public List<Parameter> parametersIn(String location) {
        return parameters.stream().filter(parameter -> parameter.in().equals(location)).toList();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
