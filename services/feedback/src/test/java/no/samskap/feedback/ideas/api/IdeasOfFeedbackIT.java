package no.samskap.feedback.ideas.api;

import io.micronaut.http.HttpRequest;
import no.samskap.contract.proposals.IdeaRealised;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.feedback.FeedbackApplication;
import no.samskap.feedback.FeedbackFixtures;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.feedback.FeedbackFixtures.RANA;
import static no.samskap.feedback.FeedbackFixtures.ULLENSVANG;
import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;

@ServiceUnderTest(FeedbackApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdeasOfFeedbackIT {

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest service;
    private FeedbackFixtures fixtures;

    @BeforeAll
    void start(ApplicationUnderTest service, TestInfrastructure infrastructure) {
        this.service = service;
        this.fixtures = new FeedbackFixtures(service, infrastructure);
        fixtures.describedMunicipality(RANA);
    }

    @AfterAll
    void stop() {
        fixtures.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffTurnFeedbackWithConsentIntoAnIdeaOnceLinkedBothWaysAndTheAuthorIsTold() throws SQLException {
        var author = person("kari-wishes");
        var id = fixtures.eventFeedback(author, 5);

        var made = service.client().toBlocking().exchange(HttpRequest.POST("/feedback/" + id + "/idea", idea())
            .bearerAuth(fixtures.staffToken()), Map.class);

        assertEquals(202, made.code());
        var ideaId = (String) made.body().get("ideaId");
        assertEquals(ideaId, service.client().toBlocking().retrieve(HttpRequest.GET("/feedback/" + id), Map.class)
            .get("ideaId"));
        assertEquals(List.of("feedback-given", "feedback-turned-into-idea"), service.outboxTypesFor(id));
        assertEquals(1, fixtures.count(outbox(id, "feedback-turned-into-idea") + " and payload ->> 'ideaId' = '"
            + ideaId + "' and payload ->> 'turnedBy' = '" + FeedbackFixtures.STAFF + "' and payload ->> 'title' = "
            + "'Fredagskonserter for ungdom' and payload ->> 'serviceArea' = 'fritid-ungdom' and payload ->> "
            + "'eventId' is not null"));
        assertEquals(0, fixtures.count("select count(*) from outbox_message where message_type = "
            + "'feedback-turned-into-idea' and envelope like '%" + author + "%'"), "the message names no author");
        assertEquals(1, fixtures.count(outbox(author, "person-notified") + " and payload ->> 'kind' = "
            + "'turned-into-idea' and payload -> 'subject' ->> 'linkPath' = '/tilbakemeldinger/" + id + "'"));

        var again = service.refused(HttpRequest.POST("/feedback/" + id + "/idea", idea())
            .bearerAuth(tokens.admin("rana-feedback-admin", RANA)));

        assertEquals(409, again.get("status"));
        assertEquals("https://samskap.no/problems/already-turned", again.get("type"));
        assertEquals(1, fixtures.count("select count(*) from idea_of_feedback where feedback_id = '" + id + "'"));
    }

    @Test
    void turningIsRefusedWithoutConsentToOthersThanTheMunicipalitysStaffAndForBadFieldsAndNothingChanges()
        throws SQLException {
        var withoutConsent = fixtures.unitFeedback(person("ola-private"), false);
        var withConsent = fixtures.eventFeedback(person("siri-consents"), 4);
        var before = fixtures.count("select count(*) from outbox_message");

        var noConsent = service.refused(HttpRequest.POST("/feedback/" + withoutConsent + "/idea", idea())
            .bearerAuth(fixtures.staffToken()));
        assertEquals(422, noConsent.get("status"));
        assertEquals("https://samskap.no/problems/no-consent", noConsent.get("type"));
        assertEquals("ideaConsent", ApplicationUnderTest.firstField(noConsent));
        for (var token : List.of(fixtures.resident(person("resident"), RANA),
            tokens.staff("ullensvang-feedback-staff", ULLENSVANG))) {
            assertEquals(403, service.statusOf(HttpRequest.POST("/feedback/" + withConsent + "/idea", idea())
                .bearerAuth(token)));
        }
        assertEquals(401, service.statusOf(HttpRequest.POST("/feedback/" + withConsent + "/idea", idea())));
        assertEquals(404, service.statusOf(HttpRequest.POST("/feedback/" + UUID.randomUUID() + "/idea", idea())
            .bearerAuth(fixtures.staffToken())));
        for (var wrong : List.of(Map.entry("title", "Jazz"), Map.entry("title", "x".repeat(121)),
            Map.entry("body", " "), Map.entry("serviceArea", ""))) {
            var body = idea();
            body.put(wrong.getKey(), wrong.getValue());
            var problem = service.refused(HttpRequest.POST("/feedback/" + withConsent + "/idea", body)
                .bearerAuth(fixtures.staffToken()));
            assertEquals(400, problem.get("status"), wrong.toString());
            assertEquals(wrong.getKey(), ApplicationUnderTest.firstField(problem), wrong.toString());
        }
        var body = idea();
        body.put("serviceArea", "bowling");
        var unknownUnit = service.refused(HttpRequest.POST("/feedback/" + withConsent + "/idea", body)
            .bearerAuth(fixtures.staffToken()));
        assertEquals(422, unknownUnit.get("status"));
        assertEquals("serviceArea", ApplicationUnderTest.firstField(unknownUnit));

        assertEquals(0, fixtures.count("select count(*) from idea_of_feedback"
            + " where feedback_id in ('" + withoutConsent + "', '" + withConsent + "')"));
        assertEquals(before, fixtures.count("select count(*) from outbox_message"));
    }

    @Test
    void theAuthorHearsYouSaidWeDidOnceWhenTheIdeaMadeOfTheirFeedbackIsRealisedByAnEvent() {
        var author = person("per-said");
        var id = fixtures.eventFeedback(author, 3);
        var ideaId = turn(id);
        var event = fixtures.publishedEvent(RANA, "Fredagskonsert for ungdom");
        var realised = new IdeaRealised(ideaId, "events-staff", event, Instant.now(), event);
        var otherIdea = UUID.randomUUID().toString();
        var deliveries = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        fixtures.kafka().send(ProposalsMessages.IDEA_REALISED, deliveries.get(0), Instant.now(), RANA, ideaId,
            realised);
        fixtures.kafka().send(ProposalsMessages.IDEA_REALISED, deliveries.get(1), Instant.now(), RANA, ideaId,
            realised);
        fixtures.kafka().send(ProposalsMessages.IDEA_REALISED, deliveries.get(2), Instant.now(), RANA, otherIdea,
            new IdeaRealised(otherIdea, "events-staff", event, Instant.now(), event));

        eventually(() -> assertEquals(3, fixtures.count("select count(*) from processed_message where message_id in ('"
            + deliveries.get(0) + "', '" + deliveries.get(1) + "', '" + deliveries.get(2) + "')")));
        eventually(() -> assertEquals(1, fixtures.count("select count(*) from event_copy where id = '" + event
            + "' and title is not null")));
        assertEquals(1, fixtures.count(outbox(author, "person-notified") + " and payload ->> 'kind' = "
            + "'you-said-we-did' and payload -> 'subject' ->> 'linkPath' = '/arrangementer/" + event + "'"));
        assertEquals(1, fixtures.count("select count(*) from outbox_message where message_type = 'person-notified' "
            + "and envelope like '%you-said-we-did%'"), "only the author of the feedback is told, and once");
    }

    @Test
    void anAuthorWhoWithdrewTheirFeedbackIsNotToldOfTheIdeaComingTrue() {
        var author = person("lise-withdraws");
        var id = fixtures.eventFeedback(author, 4);
        var ideaId = turn(id);
        assertEquals(204, service.statusOf(HttpRequest.DELETE("/feedback/" + id)
            .bearerAuth(fixtures.resident(author, RANA))));
        var delivery = UUID.randomUUID();

        fixtures.kafka().send(ProposalsMessages.IDEA_REALISED, delivery, Instant.now(), RANA, ideaId,
            new IdeaRealised(ideaId, "rana-staff", "Laget av kommunen", Instant.now(), null));

        eventually(() -> assertEquals(1, fixtures.count("select count(*) from processed_message where message_id = '"
            + delivery + "'")));
        assertEquals(1, fixtures.count("select count(*) from idea_of_feedback where idea_id = '" + ideaId
            + "' and realised_at is not null"));
        assertEquals(0, fixtures.count(outbox(author, "person-notified") + " and payload ->> 'kind' = "
            + "'you-said-we-did'"));
    }

    @SuppressWarnings("unchecked")
    private String turn(String feedbackId) {
        var made = service.client().toBlocking().retrieve(HttpRequest.POST("/feedback/" + feedbackId + "/idea",
            idea()).bearerAuth(fixtures.staffToken()), Map.class);
        return (String) made.get("ideaId");
    }

    private static Map<String, Object> idea() {
        var body = new HashMap<String, Object>();
        body.put("title", "Fredagskonserter for ungdom");
        body.put("body", "Flere konserter for ungdom på fredager, som publikum ønsket seg.");
        body.put("serviceArea", "fritid-ungdom");
        return body;
    }

    /** Counts the outbox's messages of the type and key; more conditions on {@code payload} may follow. */
    private static String outbox(String key, String type) {
        return "select count(*) from (select (envelope::jsonb) -> 'payload' as payload from outbox_message where "
            + "message_key = '" + key + "' and message_type = '" + type + "') as messages where true";
    }

    private static String person(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
