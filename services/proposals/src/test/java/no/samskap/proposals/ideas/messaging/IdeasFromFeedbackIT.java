package no.samskap.proposals.ideas.messaging;

import io.micronaut.http.HttpRequest;
import no.samskap.contract.feedback.FeedbackMessages;
import no.samskap.contract.feedback.FeedbackTurnedIntoIdea;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.MessagesOnKafka;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Staff turn feedback into an idea in the feedback service; this service makes the idea, once, linked back. */
@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdeasFromFeedbackIT {

    private static final String RANA = IdeaFixtures.MUNICIPALITY;

    private ApplicationUnderTest proposals;
    private TestInfrastructure infrastructure;
    private IdeaFixtures ideas;

    @BeforeAll
    void start(ApplicationUnderTest proposals, TestInfrastructure infrastructure) {
        this.proposals = proposals;
        this.infrastructure = infrastructure;
        this.ideas = new IdeaFixtures(proposals.client());
        ideas.useModeration("pre");
    }

    @Test
    @SuppressWarnings("unchecked")
    void feedbackTurnedIntoAnIdeaBecomesAPublishedIdeaByTheStaffMemberLinkedToItOnceHoweverOftenItArrives()
        throws Exception {
        var idea = UUID.randomUUID().toString();
        var feedback = UUID.randomUUID().toString();
        var turnedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var turned = new FeedbackTurnedIntoIdea(feedback, idea, RANA, "Fredagskonserter for ungdom",
            "Flere konserter for ungdom på fredager.", "fritid-ungdom", UUID.randomUUID().toString(), "rana-staff-7",
            turnedAt);

        var deliveries = List.of(UUID.randomUUID(), UUID.randomUUID());
        try (var messages = new MessagesOnKafka(infrastructure)) {
            for (var delivery : deliveries) {
                messages.send(FeedbackMessages.FEEDBACK_TURNED_INTO_IDEA, delivery, turnedAt, RANA, feedback, turned);
            }
        }

        eventually(() -> assertEquals(2, count("select count(*) from processed_message where message_id in ('"
            + deliveries.get(0) + "', '" + deliveries.get(1) + "')")));
        var view = proposals.client().toBlocking().retrieve(HttpRequest.GET("/ideas/" + idea)
            .bearerAuth(ideas.staffToken()), Map.class);
        assertEquals(List.of("published", "rana-staff-7", RANA, "fritid-ungdom", "Fredagskonserter for ungdom",
            feedback), List.of(view.get("status"), view.get("authorId"), view.get("municipality"),
            view.get("serviceArea"), view.get("title"), view.get("originFeedbackId")));
        assertEquals(turnedAt, Instant.parse((String) view.get("publishedAt")));
        assertEquals(List.of("idea-submitted", "idea-followed", "idea-published"), proposals.outboxTypesFor(idea));
        assertEquals(1, count("select count(*) from outbox_message where message_key = '" + idea
            + "' and message_type = 'idea-submitted' and (envelope::jsonb) -> 'payload' ->> 'originFeedbackId' = '"
            + feedback + "'"));
    }

    @Test
    void aResidentsOwnIdeaComesFromNoFeedback() throws SQLException {
        var idea = ideas.submittedIdea();

        var view = proposals.client().toBlocking().retrieve(HttpRequest.GET("/ideas/" + idea)
            .bearerAuth(ideas.authorToken()), Map.class);

        assertNull(view.get("originFeedbackId"));
        assertEquals(1, count("select count(*) from outbox_message where message_key = '" + idea
            + "' and message_type = 'idea-submitted' and (envelope::jsonb) -> 'payload' -> 'originFeedbackId' = "
            + "'null'::jsonb"));
    }

    private long count(String query) throws SQLException {
        try (var connection = proposals.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
