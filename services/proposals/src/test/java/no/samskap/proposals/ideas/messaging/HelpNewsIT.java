package no.samskap.proposals.ideas.messaging;

import io.micronaut.http.HttpRequest;
import no.samskap.contract.organisations.HelpAccepted;
import no.samskap.contract.organisations.OrganisationsMessages;
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

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The organisations service's accepted offers of help reach the idea's followers through this service. */
@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HelpNewsIT {

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest proposals;
    private TestInfrastructure infrastructure;

    @BeforeAll
    void start(ApplicationUnderTest proposals, TestInfrastructure infrastructure) {
        this.proposals = proposals;
        this.infrastructure = infrastructure;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFollowersOfAnIdeaAreToldOnceWhenAnOfferOfHelpForItIsAccepted() throws Exception {
        var idea = (String) proposals.client().toBlocking().retrieve(HttpRequest.POST("/ideas", Map.of("title",
                "Konsert på kaia", "body", "Sommerkonsert med lokale korps.", "serviceArea", "kulturhus"))
            .bearerAuth(tokens.resident("help-author", "1833")), Map.class).get("id");
        proposals.client().toBlocking().exchange(HttpRequest.PUT("/ideas/" + idea + "/follow", "")
            .bearerAuth(tokens.resident("help-follower", "1833")));
        var offer = UUID.randomUUID().toString();
        var deliveries = List.of(UUID.randomUUID(), UUID.randomUUID());

        try (var messages = new MessagesOnKafka(infrastructure)) {
            for (var delivery : deliveries) {
                messages.send(OrganisationsMessages.HELP_ACCEPTED, delivery, Instant.now(), "1833", offer,
                    new HelpAccepted(offer, idea, null, "hours", "help-staff", Instant.now()));
            }
        }

        awaitProcessed(deliveries);
        assertEquals(1, helpNoticesFor("help-follower"));
        assertEquals(1, helpNoticesFor("help-author"));
    }

    /** Both deliveries handled, so a notice the second one wrongly added would be in the outbox by now. */
    private void awaitProcessed(List<UUID> deliveries) throws Exception {
        var deadline = Instant.now().plusSeconds(20);
        while (processedAmong(deliveries) < deliveries.size()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the help-accepted deliveries were not both processed");
            }
            Thread.sleep(100);
        }
    }

    private int processedAmong(List<UUID> deliveries) throws SQLException {
        try (var connection = proposals.connect(); var statement = connection.prepareStatement(
            "select count(*) from processed_message where message_id = any (?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", deliveries.toArray()));
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private int helpNoticesFor(String person) throws SQLException {
        try (var connection = proposals.connect(); var statement = connection.prepareStatement(
            "select count(*) from outbox_message where message_key = ? and envelope like '%help-accepted%'")) {
            statement.setString(1, person);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
