package no.samskap.seeds;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static no.samskap.seeds.DemoAssociationLookup.elements;

/**
 * The events service's API as the demo data uses it. What the service learns from other services' messages (the
 * verified associations, politiattest sightings) arrives a moment after those services said it, so a read or change
 * that depends on it is tried again for a while, as a person would. A capability the running service does not offer
 * yet (its route answers 401, 403 or 404 to a read that would otherwise succeed) is reported as absent.
 */
final class EventsApi {

    private final SeedClient client;
    private final URI events;
    private final Duration patience;
    private final Map<String, Map<String, String>> coHosts = new HashMap<>();

    EventsApi(SeedClient client, URI events, Duration patience) {
        this.client = client;
        this.events = events;
        this.patience = patience;
    }

    JsonNode call(String what, String step, String user, String method, String path, Map<String, ?> body) {
        return client.call(events, what, step, user, method, path, body);
    }

    /** The answer whatever its status, for a caller that knows what a refusal means. */
    HttpResponse<String> exchange(String user, String method, String path, Map<String, ?> body) {
        return client.exchange(events, user, method, path, body);
    }

    SeedClient.Person personOf(String user) {
        return client.personOf(user);
    }

    /** The answer to a read, or empty when the service does not offer the route. */
    Optional<JsonNode> readIfOffered(String user, String path) {
        var response = client.exchange(events, user, "GET", path, null);
        if (response.statusCode() == 200) {
            return Optional.of(SeedClient.parse(response.body()));
        }
        if (List.of(401, 403, 404).contains(response.statusCode())) {
            return Optional.empty();
        }
        throw new SeedException("Could not read " + path + " as " + user + ": HTTP " + response.statusCode() + " "
            + response.body());
    }

    /** The id of each named verified association of the municipality, once the events service knows them all. */
    Map<String, String> coHostIds(String municipality, List<String> names) {
        var known = coHosts.computeIfAbsent(municipality, any -> new HashMap<>());
        if (known.keySet().containsAll(names)) {
            return known;
        }
        return patiently("the verified associations " + names + " of " + municipality, () -> {
            var listed = client.read(events.resolve("/co-hosts?municipality=" + municipality),
                "the co-hosts of " + municipality);
            elements(listed).forEach(entry -> known.put(entry.get("name").asText(), entry.get("id").asText()));
            return known.keySet().containsAll(names) ? Optional.of(known) : Optional.empty();
        });
    }

    /**
     * Makes a draft from the accepted idea; tried again while the events service has not yet heard that the idea was
     * accepted ({@code 422 ideaId}).
     */
    JsonNode draftFromIdea(String what, String staff, String ideaId, Map<String, ?> settings) {
        return patiently("the acceptance of the idea of " + what, () -> {
            var response = client.exchange(events, staff, "POST", "/ideas/" + ideaId + "/event", settings);
            if (response.statusCode() / 100 == 2) {
                return Optional.of(SeedClient.parse(response.body()));
            }
            if (response.statusCode() == 422 && response.body().contains("ideaId")) {
                return Optional.empty();
            }
            throw new SeedException("Could not make " + what + " from its idea as " + staff + ": HTTP "
                + response.statusCode() + " " + response.body());
        });
    }

    /**
     * Signs the volunteer up; tried again while the politiattest sighting or the membership the organisations
     * service recorded is on its way.
     */
    JsonNode signUp(String what, String volunteer, String shiftId, Map<String, ?> body) {
        return patiently("the sighting or membership of " + volunteer + " for " + what, () -> {
            var response = client.exchange(events, volunteer, "POST", "/shifts/" + shiftId + "/sign-ups", body);
            if (response.statusCode() / 100 == 2) {
                return Optional.of(SeedClient.parse(response.body()));
            }
            if (response.statusCode() == 422 && (response.body().contains("politiattest")
                || response.body().contains("its members"))) {
                return Optional.empty();
            }
            throw new SeedException("Could not sign " + volunteer + " up for " + what + ": HTTP "
                + response.statusCode() + " " + response.body());
        });
    }

    private <T> T patiently(String awaited, Supplier<Optional<T>> attempt) {
        return Patience.poll(patience, attempt).orElseThrow(() -> new SeedException(
            "The events service did not learn of " + awaited + " within " + patience.toMillis() + " ms"));
    }
}
