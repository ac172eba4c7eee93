package no.samskap.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A written table of who may call which route and which status they get, read from a test resource:
 * a header row {@code route | persona | persona ...}, then one row per route, {@code #} lines are comments.
 */
public final class AuthorizationMatrix {

    public record Cell(String route, String persona, int status) {
    }

    private final Map<String, Map<String, Integer>> statusByRouteAndPersona;

    private AuthorizationMatrix(Map<String, Map<String, Integer>> statusByRouteAndPersona) {
        this.statusByRouteAndPersona = statusByRouteAndPersona;
    }

    public static AuthorizationMatrix read(String resource) {
        try (var in = AuthorizationMatrix.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No authorization matrix at " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AuthorizationMatrix parse(String text) {
        List<String> personas = null;
        var table = new LinkedHashMap<String, Map<String, Integer>>();
        for (var line : text.lines().map(String::strip).toList()) {
            if (line.isEmpty() || (line.startsWith("#") && !line.startsWith("# route"))) {
                continue;
            }
            var cells = Arrays.stream(line.replaceFirst("^#\\s*", "").split("\\|")).map(String::strip).toList();
            if (line.startsWith("# route")) {
                personas = cells.subList(1, cells.size());
                continue;
            }
            if (personas == null || cells.size() != personas.size() + 1) {
                throw new IllegalArgumentException("Row does not fit the header: " + line);
            }
            var row = new LinkedHashMap<String, Integer>();
            for (int i = 0; i < personas.size(); i++) {
                row.put(personas.get(i), Integer.parseInt(cells.get(i + 1)));
            }
            if (table.put(cells.get(0), row) != null) {
                throw new IllegalArgumentException("Two rows for " + cells.get(0));
            }
        }
        return new AuthorizationMatrix(table);
    }

    public Set<String> routes() {
        return statusByRouteAndPersona.keySet();
    }

    public Stream<Cell> cells() {
        var cells = new ArrayList<Cell>();
        statusByRouteAndPersona.forEach((route, row) -> row.forEach((persona, status) -> cells.add(new Cell(route, persona, status))));
        return cells.stream();
    }
}
