package no.samskap.seeds;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static no.samskap.seeds.DemoAssociationLookup.elements;

/**
 * Loads the feedback service's demo data through its API: residents give feedback on the completed demo events they
 * attended and on the municipality's units, the municipality's staff answer some of it, and make one into an idea
 * with its author's consent. Each step reads first (the author's own feedback, the event's eligibility, whether it
 * is answered or an idea already), so loading twice changes nothing. Feedback on an event needs the author's
 * attendance (a registration, or staff recording them walking in) to have reached the feedback service; feedback whose
 * author the events service has no attendance of is left out and named.
 * Runs after the events.
 */
public final class FeedbackSeedLoader {

    /** {@code leftOut} names the feedback that could not be given, and why. */
    public record Outcome(int given, int alreadyThere, int answered, int ideas, List<String> leftOut) {
    }

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Map<String, String> staffOfMunicipality;
    private final FeedbackApi api;
    private final SeedClient client;
    private final URI events;
    private final Map<String, Map<String, String>> eventIds = new HashMap<>();
    private int given;
    private int alreadyThere;
    private int answered;
    private int ideas;

    public FeedbackSeedLoader(SeedLoader.Endpoints endpoints, URI feedback, URI events,
                              Function<String, String> passwordOf, Map<String, String> staffOfMunicipality) {
        this(endpoints, feedback, events, passwordOf, staffOfMunicipality, PATIENCE);
    }

    /** {@code patience}: how long to wait for what the feedback service learns from other services' messages. */
    FeedbackSeedLoader(SeedLoader.Endpoints endpoints, URI feedback, URI events, Function<String, String> passwordOf,
                       Map<String, String> staffOfMunicipality, Duration patience) {
        this.staffOfMunicipality = Map.copyOf(staffOfMunicipality);
        this.client = new SeedClient(endpoints.tokenUrl(), endpoints.clientId(), passwordOf);
        this.api = new FeedbackApi(client, feedback, patience);
        this.events = events;
    }

    public Outcome load(List<DemoFeedback> data) {
        var leftOut = new ArrayList<String>();
        for (var feedback : data) {
            var stored = feedback.onEvent() ? onEvent(feedback, leftOut) : onUnit(feedback, leftOut);
            stored.ifPresent(view -> {
                var id = view.get("id").asText();
                answer(feedback, id, view);
                makeIdea(feedback, id, view, leftOut);
            });
        }
        return new Outcome(given, alreadyThere, answered, ideas, List.copyOf(leftOut));
    }

    private Optional<JsonNode> onUnit(DemoFeedback feedback, List<String> leftOut) {
        if (api.unitsIncluding(feedback.municipality(), feedback.unit()).isEmpty()) {
            leftOut.add(feedback.about() + " (the feedback service does not know the unit)");
            return Optional.empty();
        }
        var mine = api.call(feedback.about(), "read the feedback of " + feedback.author() + " on", feedback.author(),
            "GET", "/me/feedback", null);
        var found = elements(mine.has("feedback") ? mine.get("feedback") : mine)
            .filter(view -> feedback.unit().equals(view.path("unit").asText())
                && feedback.text().equals(view.path("text").asText()))
            .findFirst();
        return found.isPresent() ? there(found.get()) : Optional.of(give(feedback, "unit", feedback.unit()));
    }

    private Optional<JsonNode> onEvent(DemoFeedback feedback, List<String> leftOut) {
        var eventId = eventIds.computeIfAbsent(feedback.municipality(), this::eventIdsByTitle).get(feedback.event());
        if (eventId == null) {
            throw new SeedException("Could not find the event " + feedback.about() + " to give feedback on");
        }
        if (!attended(feedback.author(), eventId)) {
            leftOut.add(feedback.about() + " by " + feedback.author() + " (neither registered nor recorded walking in)");
            return Optional.empty();
        }
        var eligibility = api.eligibility(feedback.author(), eventId);
        if (eligibility.path("eligible").asBoolean()) {
            return Optional.of(give(feedback, "eventId", eventId));
        }
        if ("already-given".equals(eligibility.path("reason").asText())) {
            return there(api.call(feedback.about(), "read the feedback on", feedback.author(), "GET", "/feedback/"
                + eligibility.get("feedbackId").asText(), null));
        }
        leftOut.add(feedback.about() + " by " + feedback.author() + " (" + eligibility.path("reason").asText() + ")");
        return Optional.empty();
    }

    private JsonNode give(DemoFeedback feedback, String field, String about) {
        var body = new LinkedHashMap<String, Object>();
        if ("unit".equals(field)) {
            body.put("municipality", feedback.municipality());
        }
        body.put(field, about);
        body.put("rating", feedback.rating());
        body.put("text", feedback.text());
        EventSeedLoader.putUnlessNull(body, "wishNext", feedback.wishNext());
        body.put("anonymous", feedback.anonymous());
        body.put("ideaConsent", feedback.ideaConsent());
        given++;
        return api.call(feedback.about(), "give feedback on", feedback.author(), "POST", "/feedback", body);
    }

    private Optional<JsonNode> there(JsonNode view) {
        alreadyThere++;
        return Optional.of(view);
    }

    private void answer(DemoFeedback feedback, String id, JsonNode view) {
        if (feedback.answer() == null || !view.path("answer").isNull() && !view.path("answer").isMissingNode()) {
            return;
        }
        api.call(feedback.about(), "answer the feedback on", staffOfMunicipality.get(feedback.municipality()), "POST",
            "/feedback/" + id + "/answer", Map.of("text", feedback.answer().text(),
                "publicAnswer", feedback.answer().isPublic()));
        answered++;
    }

    /** Left out and named when the running feedback service does not make ideas yet (the route answers 404). */
    private void makeIdea(DemoFeedback feedback, String id, JsonNode view, List<String> leftOut) {
        if (feedback.idea() == null || view.hasNonNull("ideaId")) {
            return;
        }
        var staff = staffOfMunicipality.get(feedback.municipality());
        var response = api.exchange(staff, "POST", "/feedback/" + id + "/idea", Map.of("title",
            feedback.idea().title(), "body", feedback.idea().body(), "serviceArea", feedback.idea().serviceArea()));
        if (response.statusCode() == 404) {
            leftOut.add("the idea '" + feedback.idea().title() + "' (the feedback service does not make ideas yet)");
            return;
        }
        if (response.statusCode() / 100 != 2) {
            throw new SeedException("Could not make an idea of the feedback on " + feedback.about() + " as " + staff
                + ": HTTP " + response.statusCode() + " " + response.body());
        }
        ideas++;
    }

    private Map<String, String> eventIdsByTitle(String municipality) {
        var byTitle = new HashMap<String, String>();
        elements(client.call(events, "the events of " + municipality, "list", staffOfMunicipality.get(municipality),
            "GET", "/events?municipality=" + municipality, null))
            .forEach(event -> byTitle.put(event.get("title").asText(), event.get("id").asText()));
        return byTitle;
    }

    /** Whether the person holds a registration for the event (confirmed, or checked in at the door). */
    private boolean attended(String person, String eventId) {
        return elements(client.call(events, "the registrations of " + person, "read", person, "GET",
            "/me/registrations", null))
            .anyMatch(mine -> eventId.equals(mine.path("eventId").asText())
                && ("confirmed".equals(mine.path("status").asText()) || mine.path("checkedIn").asBoolean()));
    }
}
