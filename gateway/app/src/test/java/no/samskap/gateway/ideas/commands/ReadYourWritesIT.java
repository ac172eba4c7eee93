package no.samskap.gateway.ideas.commands;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stand-in proposals service answers first and only then publishes its messages, as the real one's outbox relay
 * does, so a gateway that did not wait for its read model would answer before the board shows the write.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadYourWritesIT {

    private static final Person RESIDENT = Person.ranaResident();

    private StandInProposals proposals;
    private GatewayUnderTest gateway;
    private IdeaMessagesOnKafka messages;
    private JsonWrites writes;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        proposals = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of(
            "samskap-gateway.proposals-url", proposals.url(),
            "samskap-gateway.read-your-writes.timeout", "3s"));
        messages = new IdeaMessagesOnKafka(infrastructure);
        writes = new JsonWrites(gateway);
    }

    @AfterAll
    void stop() {
        gateway.close();
        messages.close();
        proposals.close();
    }

    @Test
    void answersASubmissionOnceTheBoardShowsTheIdea() {
        var id = UUID.randomUUID().toString();
        proposals.answer("POST", "/ideas", ProposalsAnswers.idea(201, id, "published", 0)
            .thenRun(() -> messages.submittedAndPublished(id, "1833", "eSport-rom i kulturhuset")));

        var submitted = writes.as(RESIDENT, "POST", "/api/ideas", "{\"title\":\"eSport-rom i kulturhuset\"}");
        var page = gateway.get("/api/ideas/" + id);

        assertAll(
            () -> assertEquals(201, submitted.statusCode()),
            () -> assertTrue(submitted.headers().firstValue("Samskap-Read-Model").isEmpty()),
            () -> assertEquals(200, page.statusCode(), "the very next read shows the idea"),
            () -> assertTrue(page.body().contains("\"status\":\"published\""), page.body()));
    }

    @Test
    void answersASupportOnceTheBoardShowsTheNewCount() {
        var id = UUID.randomUUID().toString();
        messages.submittedAndPublished(id, "1833", "Karriereveiledning for unge YouTube-skapere");
        eventually(() -> assertEquals(200, gateway.get("/api/ideas/" + id).statusCode()));
        proposals.answer("PUT", "/ideas/" + id + "/support", ProposalsAnswers.supportCount(1)
            .thenRun(() -> messages.supportGiven(id, "1833", 1)));

        var supported = writes.as(RESIDENT, "PUT", "/api/ideas/" + id + "/support", null);
        var page = gateway.get("/api/ideas/" + id);

        assertAll(
            () -> assertEquals(200, supported.statusCode()),
            () -> assertTrue(supported.headers().firstValue("Samskap-Read-Model").isEmpty()),
            () -> assertTrue(page.body().contains("\"supportCount\":1"), page.body()));
    }

    @Test
    void answersWithTheReadModelPendingWhenTheMessageNeverComes() {
        var id = UUID.randomUUID().toString();
        var withdrawn = ProposalsAnswers.idea(200, id, "withdrawn", 0);
        proposals.answer("POST", "/ideas/" + id + "/withdrawal", withdrawn);

        var response = writes.as(RESIDENT, "POST", "/api/ideas/" + id + "/withdrawal", null);

        assertAll(
            () -> assertEquals(200, response.statusCode()),
            () -> assertEquals(withdrawn.body(), response.body()),
            () -> assertEquals("pending", response.headers().firstValue("Samskap-Read-Model").orElse(null)));
    }
}
