package no.samskap.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads demo ideas through the public APIs, signed in as the demo users, so every message and read model
 * they produce is real. An idea whose title is already on its municipality's board is left alone, which
 * makes loading twice change nothing.
 */
public final class SeedLoader {

    /** Where to sign in and where the services are. */
    public record Endpoints(URI tokenUrl, String clientId, URI proposals, URI gateway) {
    }

    public record Outcome(int loaded, int alreadyThere) {
    }

    private static final JsonMapper JSON = new JsonMapper();

    private final Endpoints endpoints;
    private final Function<String, String> passwordOf;
    private final Map<String, String> staffOfMunicipality;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new HashMap<>();

    public SeedLoader(Endpoints endpoints, Function<String, String> passwordOf, Map<String, String> staffOfMunicipality) {
        this.endpoints = endpoints;
        this.passwordOf = passwordOf;
        this.staffOfMunicipality = Map.copyOf(staffOfMunicipality);
    }

    public Outcome load(List<DemoIdea> ideas, LocalDate today) {
        var titlesByMunicipality = new HashMap<String, Set<String>>();
        var loaded = 0;
        for (var idea : ideas) {
            var present = titlesByMunicipality.computeIfAbsent(idea.municipality(), this::titlesOnBoard);
            if (!present.contains(idea.title())) {
                live(idea, today);
                loaded++;
            }
        }
        return new Outcome(loaded, ideas.size() - loaded);
    }

    private void live(DemoIdea idea, LocalDate today) {
        var staff = staffOfMunicipality.get(idea.municipality());
        var created = call(idea, "submit", idea.author(), "POST", "/ideas",
            Map.of("title", idea.title(), "body", idea.body(), "serviceArea", idea.serviceArea()));
        var id = created.get("id").asText();
        if ("submitted".equals(created.get("status").asText())) {
            call(idea, "publish", staff, "POST", "/ideas/" + id + "/publication", Map.of());
        }
        for (var supporter : idea.supporters()) {
            call(idea, "support", supporter, "PUT", "/ideas/" + id + "/support", Map.of());
        }
        if (idea.assessmentDays() != null) {
            call(idea, "assess", staff, "POST", "/ideas/" + id + "/assessment",
                Map.of("respondBy", today.plusDays(idea.assessmentDays()).toString()));
        }
        if (idea.answer() != null) {
            call(idea, "answer", staff, "POST", "/ideas/" + id + "/answer",
                Map.of("outcome", idea.answer().outcome(), "answer", idea.answer().text()));
        }
        if (idea.realisedBy() != null) {
            call(idea, "realise", staff, "POST", "/ideas/" + id + "/realisation", Map.of("culturalEventId", idea.realisedBy()));
        }
        if (idea.withdrawn()) {
            call(idea, "withdraw", idea.author(), "POST", "/ideas/" + id + "/withdrawal", Map.of());
        }
    }

    private JsonNode call(DemoIdea idea, String step, String user, String method, String path, Map<String, String> body) {
        var request = HttpRequest.newBuilder(endpoints.proposals().resolve(path))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + tokenOf(user))
            .timeout(Duration.ofSeconds(15))
            .method(method, HttpRequest.BodyPublishers.ofString(write(body)))
            .build();
        var response = send(request);
        if (response.statusCode() / 100 != 2) {
            throw new SeedException("Could not " + step + " '" + idea.title() + "' as " + user + ": HTTP "
                + response.statusCode() + " " + response.body());
        }
        return read(response.body());
    }

    private Set<String> titlesOnBoard(String municipality) {
        var titles = new HashSet<String>();
        String after = null;
        do {
            var uri = endpoints.gateway().resolve("/api/ideas?limit=100&municipality=" + municipality
                + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8)));
            var response = send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15)).GET().build());
            if (response.statusCode() != 200) {
                throw new SeedException("Could not read the board of " + municipality + ": HTTP " + response.statusCode());
            }
            var page = read(response.body());
            page.get("ideas").forEach(idea -> titles.add(idea.get("title").asText()));
            after = page.hasNonNull("next") ? page.get("next").asText() : null;
        } while (after != null);
        return titles;
    }

    private String tokenOf(String username) {
        return tokens.computeIfAbsent(username, user -> {
            var form = "grant_type=password&client_id=" + encode(endpoints.clientId()) + "&username=" + encode(user)
                + "&password=" + encode(passwordOf.apply(user));
            var response = send(HttpRequest.newBuilder(endpoints.tokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(15))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            if (response.statusCode() != 200) {
                throw new SeedException("Could not sign in as " + user + ": HTTP " + response.statusCode());
            }
            return read(response.body()).get("access_token").asText();
        });
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SeedException(request.uri() + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeedException("Interrupted while loading demo data");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String write(Map<String, String> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new SeedException("Could not write " + body);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new SeedException("Not JSON: " + body);
        }
    }
}
