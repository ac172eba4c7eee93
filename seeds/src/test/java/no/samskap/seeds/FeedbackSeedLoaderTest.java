package no.samskap.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The feedback loader against a stand-in feedback and events service that keeps feedback and answers and knows who
 * registered for the completed event; the demo data itself is checked in {@code DemoFeedbackTest}.
 */
class FeedbackSeedLoaderTest {

    private static final Map<String, String> STAFF = Map.of("1833", "rana-staff");

    private final List<ObjectNode> feedback = new CopyOnWriteArrayList<>();
    private Set<String> registered = Set.of("rana-resident");
    private int eligibilityNotYetKnown;
    private boolean makesIdeas = true;
    private final StandIn service = StandIn.start(this::answer);

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void residentsGiveFeedbackAsThemselvesAndStaffAnswerAndMakeAnIdeaOfIt() {
        var outcome = loader().load(demo());

        assertEquals(new FeedbackSeedLoader.Outcome(2, 0, 1, 1, List.of()), outcome);
        assertTrue(service.calls.containsAll(List.of("POST /feedback as rana-resident",
            "POST /feedback as rana-resident-2", "POST /feedback/feedback-1/answer as rana-staff",
            "POST /feedback/feedback-2/idea as rana-staff")), service.calls.toString());
        assertEquals("event-1", feedback.get(0).get("eventId").asText());
        assertEquals(5, feedback.get(0).get("rating").asInt());
        assertEquals("bibliotek", feedback.get(1).get("unit").asText());
        assertEquals("1833", feedback.get(1).get("municipality").asText());
        assertTrue(feedback.get(1).get("anonymous").asBoolean());
        assertTrue(service.bodies.stream().anyMatch(body -> "Lørdagsåpent bibliotek".equals(body.path("title")
            .asText())), service.bodies.toString());
    }

    @Test
    void loadingTwiceOnlyReads() {
        loader().load(demo());
        service.calls.clear();

        var second = loader().load(demo());

        assertEquals(new FeedbackSeedLoader.Outcome(0, 2, 0, 0, List.of()), second);
        assertTrue(service.calls.stream().allMatch(call -> call.startsWith("GET ")), "only reads: " + service.calls);
    }

    @Test
    void feedbackOnAnEventWaitsForTheRegistrationToReachTheFeedbackService() {
        eligibilityNotYetKnown = 2;

        var outcome = loader().load(demo());

        assertEquals(2, outcome.given());
        assertEquals(3, service.calls.stream().filter(call -> call.equals("GET /events/event-1/feedback-eligibility "
            + "as rana-resident")).count());
    }

    @Test
    void feedbackOnAnEventItsAuthorDidNotRegisterForIsLeftOutAndNamed() {
        registered = Set.of();

        var outcome = loader().load(demo());

        assertEquals(List.of("'Sommerkino i Byparken' by rana-resident (neither registered nor recorded walking in)"),
            outcome.leftOut());
        assertEquals(1, outcome.given());
    }

    @Test
    void withoutIdeasInTheServiceTheRestIsLoadedAndTheSummaryNamesTheIdeaLeftOut() {
        makesIdeas = false;

        var outcome = loader().load(demo());

        assertEquals(new FeedbackSeedLoader.Outcome(2, 0, 1, 0, List.of("the idea 'Lørdagsåpent bibliotek' (the "
            + "feedback service does not make ideas yet)")), outcome);
    }

    private static List<DemoFeedback> demo() {
        return List.of(
            new DemoFeedback("1833", "Sommerkino i Byparken", null, "rana-resident", 5, "Flott kveld.",
                "Mer utekino.", false, true, new DemoFeedback.Answer("Takk!", true), null),
            new DemoFeedback("1833", null, "bibliotek", "rana-resident-2", 4, "Godt bibliotek.",
                "Åpent på lørdager.", true, true, null, new DemoFeedback.Idea("Lørdagsåpent bibliotek",
                "Biblioteket åpent lørdager hele året.", "bibliotek")));
    }

    private FeedbackSeedLoader loader() {
        var endpoints = new SeedLoader.Endpoints(service.tokenUrl(), "samskap-test-cli", service.base(),
            service.base());
        return new FeedbackSeedLoader(endpoints, service.base(), service.base(), user -> "demo-" + user, STAFF,
            Duration.ofSeconds(1));
    }

    private StandIn.Answer answer(String method, String path, String user, JsonNode body) {
        var json = StandIn.JSON;
        if (path.equals("/events")) {
            return StandIn.Answer.ok(json.createArrayNode().add(json.createObjectNode().put("id", "event-1")
                .put("title", "Sommerkino i Byparken").put("status", "completed")));
        }
        if (path.equals("/me/registrations")) {
            var mine = json.createArrayNode();
            if (registered.contains(user)) {
                mine.addObject().put("eventId", "event-1").put("status", "confirmed").put("checkedIn", false);
            }
            return StandIn.Answer.ok(mine);
        }
        if (path.equals("/units")) {
            return StandIn.Answer.ok(json.createArrayNode().add(json.createObjectNode().put("code", "bibliotek")));
        }
        if (path.equals("/events/event-1/feedback-eligibility")) {
            return StandIn.Answer.ok(eligibility(user));
        }
        if (path.equals("/me/feedback")) {
            ArrayNode mine = json.createArrayNode();
            feedback.stream().filter(given -> given.get("author").asText().equals(user)).forEach(mine::add);
            return StandIn.Answer.ok(mine);
        }
        if (path.equals("/feedback")) {
            var given = ((ObjectNode) body.deepCopy()).put("id", "feedback-" + (feedback.size() + 1))
                .put("author", user).putNull("ideaId");
            given.putNull("answer");
            feedback.add(given);
            return new StandIn.Answer(201, given.toString());
        }
        if (path.matches("/feedback/[^/]+")) {
            return StandIn.Answer.ok(find(path.split("/")[2]));
        }
        if (path.endsWith("/answer")) {
            var answered = find(path.split("/")[2]);
            answered.set("answer", body);
            return StandIn.Answer.ok(answered);
        }
        if (path.endsWith("/idea") && makesIdeas) {
            find(path.split("/")[2]).put("ideaId", "idea-1");
            return new StandIn.Answer(202, "{\"ideaId\":\"idea-1\"}");
        }
        return new StandIn.Answer(404, "{}");
    }

    private ObjectNode eligibility(String user) {
        var answer = StandIn.JSON.createObjectNode().put("eventId", "event-1");
        var mine = feedback.stream().filter(given -> given.get("author").asText().equals(user)
            && "event-1".equals(given.path("eventId").asText())).findFirst();
        if (mine.isPresent()) {
            return answer.put("eligible", false).put("reason", "already-given").put("feedbackId",
                mine.get().get("id").asText());
        }
        if (!registered.contains(user) || eligibilityNotYetKnown-- > 0) {
            return answer.put("eligible", false).put("reason", "not-attended").putNull("feedbackId");
        }
        return answer.put("eligible", true).putNull("reason").putNull("feedbackId");
    }

    private ObjectNode find(String id) {
        return feedback.stream().filter(given -> given.get("id").asText().equals(id)).findFirst().orElseThrow();
    }
}
