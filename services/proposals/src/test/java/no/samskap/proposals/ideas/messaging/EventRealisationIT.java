package no.samskap.proposals.ideas.messaging;

import io.micronaut.http.HttpRequest;
import no.samskap.contract.events.EventCompleted;
import no.samskap.contract.events.EventsMessages;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.MessagesOnKafka;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The events service's completed events realise the ideas they name, and their followers hear it. */
@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventRealisationIT {

    private static final String RANA = IdeaFixtures.MUNICIPALITY;

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest proposals;
    private TestInfrastructure infrastructure;
    private IdeaFixtures ideas;

    @BeforeAll
    void start(ApplicationUnderTest proposals, TestInfrastructure infrastructure) {
        this.proposals = proposals;
        this.infrastructure = infrastructure;
        this.ideas = new IdeaFixtures(proposals.client());
        ideas.useModeration("post");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCompletedEventRealisesItsAcceptedIdeaWithALinkAndTellsSupportersAndFollowersOnce() throws Exception {
        var idea = ideas.publishedIdea();
        var onlyPublished = ideas.publishedIdea();
        var supporter = tokens.resident("realised-supporter-" + UUID.randomUUID(), RANA);
        var follower = tokens.resident("realised-follower-" + UUID.randomUUID(), RANA);
        proposals.client().toBlocking().exchange(HttpRequest.PUT("/ideas/" + idea + "/support", "")
            .bearerAuth(supporter));
        proposals.client().toBlocking().exchange(HttpRequest.PUT("/ideas/" + idea + "/follow", "")
            .bearerAuth(follower));
        proposals.client().toBlocking().exchange(HttpRequest.POST("/ideas/" + idea + "/answer",
            Map.of("outcome", "accepted", "answer", "Vi lager en konsert.")).bearerAuth(ideas.staffToken()));
        var event = UUID.randomUUID().toString();
        var completed = new EventCompleted(event, List.of(idea, onlyPublished, UUID.randomUUID().toString()), 42,
            "rana-events-staff", Instant.now());

        var deliveries = List.of(UUID.randomUUID(), UUID.randomUUID());
        try (var messages = new MessagesOnKafka(infrastructure)) {
            for (var delivery : deliveries) {
                messages.send(EventsMessages.EVENT_COMPLETED, delivery, Instant.now(), RANA, event, completed);
            }
        }

        eventually(() -> assertEquals("realised", ideas.statusOf(idea)));
        eventually(() -> assertEquals(2, count("select count(*) from processed_message where message_id in ('"
            + deliveries.get(0) + "', '" + deliveries.get(1) + "')")));
        var view = proposals.client().toBlocking().retrieve(HttpRequest.GET("/ideas/" + idea)
            .bearerAuth(ideas.staffToken()), Map.class);
        assertEquals(event, view.get("realisedByEventId"));
        var steps = (List<Map<String, Object>>) view.get("timeline");
        var last = steps.get(steps.size() - 1);
        assertEquals("realised", last.get("status"));
        assertEquals(event, last.get("eventId"));
        assertEquals("rana-events-staff", last.get("actorId"));
        assertEquals("published", ideas.statusOf(onlyPublished));
        assertEquals(1, count("select count(*) from outbox_message where message_key = '" + idea
            + "' and message_type = 'idea-realised' and (envelope::jsonb) -> 'payload' ->> 'eventId' = '" + event
            + "'"));
        for (var person : List.of(supporter, follower, ideas.authorToken())) {
            assertEquals(List.of("idea-realised-by-event"), kinds(person).stream()
                .filter(kind -> kind.startsWith("idea-realised") || kind.equals("realised")).toList());
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> kinds(String token) {
        var feed = proposals.client().toBlocking().retrieve(HttpRequest.GET("/me/notifications").bearerAuth(token),
            Map.class);
        return ((List<Map<String, Object>>) feed.get("notifications")).stream()
            .map(notification -> (String) notification.get("kind")).toList();
    }

    private long count(String query) throws SQLException {
        try (var connection = proposals.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
