package no.samskap.launcher;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import no.samskap.runtime.keycloak.DemoUsers;
import no.samskap.seeds.DemoAssociation;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The demo associations' entries in Enhetsregisteret's shape, on 127.0.0.1, for the organisations service to check
 * them against: their organisation numbers are fictional, so the real register would not know them (ADR 0031).
 * {@code SAMSKAP_ENHETSREGISTERET_URL} points the service at the real register instead and leaves this out.
 */
final class LocalRegister {

    static final String PART = "Register";
    static final int DEFAULT_PORT = 8183;
    private static final JsonMapper JSON = new JsonMapper();
    private static final Pattern ENTITY = Pattern.compile("/enhetsregisteret/api/enheter/(\\d{9})(/roller)?");

    private final Map<String, String> environment;
    private final Progress progress;
    private final StartedParts started;
    private final Map<String, DemoAssociation> byNumber;

    LocalRegister(Map<String, String> environment, Progress progress, StartedParts started,
                  List<DemoAssociation> associations) {
        this.environment = environment;
        this.progress = progress;
        this.started = started;
        this.byNumber = associations.stream()
            .collect(Collectors.toMap(DemoAssociation::organisationNumber, Function.identity(), (a, b) -> a));
    }

    boolean isExternal() {
        return !environment.getOrDefault("SAMSKAP_ENHETSREGISTERET_URL", "").isBlank();
    }

    /** Returns what the services must be told to ask it; nothing when the real register is configured. */
    Map<String, String> start(PortSettings ports) {
        if (isExternal()) {
            return Map.of();
        }
        var step = progress.begin(PART);
        var port = ports.chosenPortFor(PART).orElse(Ports.isFree(DEFAULT_PORT) ? DEFAULT_PORT : 0);
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/enhetsregisteret/api/", this::answer);
            server.start();
            started.add(PART, () -> {
                server.stop(0);
                return "stopped";
            });
            var url = "http://127.0.0.1:" + server.getAddress().getPort();
            step.done("ready", "the " + byNumber.size() + " demo associations in Enhetsregisteret's shape at " + url);
            return Map.of("SAMSKAP_ENHETSREGISTERET_URL", url);
        } catch (IOException | RuntimeException e) {
            step.failed();
            throw new StartFailure(PART, List.of("The local register did not start on port " + port + ": " + e,
                "Choose another port with SAMSKAP_REGISTER_PORT, or use the real register with "
                    + "SAMSKAP_ENHETSREGISTERET_URL=https://data.brreg.no."), e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            var path = exchange.getRequestURI().getPath();
            if (path.startsWith("/enhetsregisteret/api/oppdateringer/enheter")) {
                send(exchange, 200, Map.of("page", Map.of("size", 0, "totalElements", 0, "totalPages", 0,
                    "number", 0)));
                return;
            }
            var matcher = ENTITY.matcher(path);
            var association = matcher.matches() ? byNumber.get(matcher.group(1)) : null;
            if (association == null) {
                send(exchange, 404, Map.of("status", 404, "error", "Not Found", "path", path));
            } else if (matcher.group(2) != null) {
                send(exchange, 200, rolesOf(association));
            } else {
                send(exchange, 200, entityOf(association));
            }
        }
    }

    static Map<String, Object> entityOf(DemoAssociation association) {
        return Map.of("organisasjonsnummer", association.organisationNumber(),
            "navn", association.name().toUpperCase(Locale.ROOT),
            "organisasjonsform", Map.of("kode", "FLI", "beskrivelse", "Forening/lag/innretning"),
            "forretningsadresse", Map.of("adresse", List.of("Postboks 1"), "kommunenummer",
                association.municipality(), "land", "Norge"),
            "registrertIFrivillighetsregisteret", true, "konkurs", false, "underAvvikling", false,
            "underTvangsavviklingEllerTvangsopplosning", false);
    }

    static Map<String, Object> rolesOf(DemoAssociation association) {
        var chair = DemoUsers.named(association.admin()).displayName().split(" ", 2);
        return Map.of("rollegrupper", List.of(Map.of(
            "type", Map.of("kode", "STYR", "beskrivelse", "Styre"),
            "roller", List.of(Map.of("type", Map.of("kode", "LEDE", "beskrivelse", "Styrets leder"),
                "person", Map.of("navn", Map.of("fornavn", chair[0], "etternavn", chair.length > 1 ? chair[1] : ""),
                    "erDoed", false),
                "fratraadt", false)))));
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        var bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
