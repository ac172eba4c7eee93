package no.samskap.gateway.shell.api;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.web.router.Router;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gateway's OpenAPI document, joined once at start-up from the part each module's build describes and the routes
 * built at start-up, so a module that is left out takes its routes out of the document too. A part that is missing
 * stops the gateway.
 */
@Context
public final class OpenApiDocument {

    private final String yaml;

    OpenApiDocument(List<OpenApiPart> parts, List<OpenApiPaths> builtAtStart, Router router) {
        var shell = read("META-INF/samskap/openapi/shell.yml");
        var paths = new TreeMap<String, Object>(section(shell, "paths"));
        var schemas = new TreeMap<String, Object>(schemas(shell));
        parts.forEach(part -> {
            var document = read(part.resource());
            paths.putAll(section(document, "paths"));
            schemas.putAll(schemas(document));
        });
        builtAtStart.forEach(described -> paths.putAll(described.paths()));
        var answers = new OpenApiAnswers(router);
        paths.replaceAll((path, item) -> completed(answers, path, item));
        schemas.put("Problem", OpenApiAnswers.problemSchema());
        var joined = new LinkedHashMap<String, Object>();
        joined.put("openapi", shell.get("openapi"));
        joined.put("info", shell.get("info"));
        joined.put("paths", paths);
        joined.put("components", Map.of("schemas", schemas, "securitySchemes", OpenApiAnswers.securitySchemes()));
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        // The completed operations share small maps (an empty requirement, the problem schema's reference); readers
        // limit aliases, so each is written out where it is used.
        options.setDereferenceAliases(true);
        this.yaml = new Yaml(options).dump(joined);
    }

    @SuppressWarnings("unchecked")
    private static Object completed(OpenApiAnswers answers, String path, Object item) {
        if (!(item instanceof Map<?, ?> operations)) {
            return item;
        }
        var completed = new LinkedHashMap<String, Object>();
        ((Map<String, Object>) operations).forEach((method, operation) ->
            completed.put(method, answers.complete(path, method, operation)));
        return completed;
    }

    public String yaml() {
        return yaml;
    }

    private static Map<String, Object> read(String resource) {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigurationException("The OpenAPI part " + resource + " is not on the classpath; build the module");
            }
            return new Yaml().load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigurationException("Could not read the OpenAPI part " + resource + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> document, String name) {
        var section = document.get(name);
        return section instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static Map<String, Object> schemas(Map<String, Object> document) {
        return section(section(document, "components"), "schemas");
    }
}
