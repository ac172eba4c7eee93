package no.samskap.gateway.ideas;

import io.micronaut.json.JsonMapper;
import no.samskap.contract.MessageType;
import no.samskap.contract.proposals.IdeaEdited;
import no.samskap.contract.proposals.IdeaHidden;
import no.samskap.contract.proposals.IdeaPublished;
import no.samskap.contract.proposals.IdeaRestored;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.ideas.commands.IdeaMessagesOnKafka;
import no.samskap.gateway.ideas.readmodel.IdeaSummary;
import no.samskap.gateway.ideas.readmodel.SimilarIdeas;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Similar-idea hints are drawn from each municipality's newest public ideas only, here three of them, kept exact from
 * the proposals service's messages as ideas are published, hidden, restored and retitled. Each test has a
 * municipality of its own, so their windows do not meet.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimilarIdeaCandidatesIT {

    private TestInfrastructure infrastructure;
    private GatewayUnderTest gateway;
    private IdeaMessagesOnKafka messages;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        gateway = GatewayUnderTest.start(infrastructure, Map.of("samskap.similar-ideas.candidates", 3));
        messages = new IdeaMessagesOnKafka(infrastructure);
    }

    @AfterAll
    void stop() {
        messages.close();
        gateway.close();
    }

    @Test
    void suggestsOnlyAmongTheMunicipalitysNewestPublicIdeas() throws IOException {
        var municipality = "3001";
        publish(municipality, "Skatepark ved stasjonen", day(1));
        publish(municipality, "Skatepark ved skolen", day(2));
        publish(municipality, "Skatepark ved kaia", day(3));
        publish(municipality, "Skatepark ved hallen", day(4));
        submitOnly(municipality, "Skatepark ved kirken", day(5));
        publish("5001", "Skatepark ved elva", day(6));
        eventually(() -> assertEquals(6L, boardCount("title like 'Skatepark ved %'"
            + " and (published_at is not null or title = 'Skatepark ved kirken')")));

        assertEquals(Set.of("Skatepark ved skolen", "Skatepark ved kaia", "Skatepark ved hallen"),
            suggestedFor(municipality, "Skatepark ved"));
    }

    @Test
    void anIdeaHiddenFromTheWindowMakesRoomForTheNextOlderOneUntilItIsRestored() throws IOException {
        var municipality = "1101";
        publish(municipality, "Konsert i parken i juni", day(1));
        publish(municipality, "Konsert i parken i juli", day(2));
        var august = publish(municipality, "Konsert i parken i august", day(3));
        publish(municipality, "Konsert i parken i september", day(4));
        eventually(() -> assertEquals(Set.of("Konsert i parken i juli", "Konsert i parken i august",
            "Konsert i parken i september"), suggestedFor(municipality, "Konsert i parken")));

        send(august, municipality, ProposalsMessages.IDEA_HIDDEN,
            new IdeaHidden(august, "Støtende språk", "moderator", day(5)));

        eventually(() -> assertEquals(Set.of("Konsert i parken i juni", "Konsert i parken i juli",
            "Konsert i parken i september"), suggestedFor(municipality, "Konsert i parken")));

        send(august, municipality, ProposalsMessages.IDEA_RESTORED, new IdeaRestored(august, "moderator", day(6)));

        eventually(() -> assertEquals(Set.of("Konsert i parken i juli", "Konsert i parken i august",
            "Konsert i parken i september"), suggestedFor(municipality, "Konsert i parken")));
    }

    @Test
    void suggestsAnIdeaByTheTitleItWasLastEditedTo() throws IOException {
        var municipality = "3401";
        var idea = publish(municipality, "Bokbuss til bygdene", day(1));
        eventually(() -> assertEquals(Set.of("Bokbuss til bygdene"), suggestedFor(municipality, "Bokbuss til bygdene")));

        send(idea, municipality, ProposalsMessages.IDEA_EDITED, new IdeaEdited(idea, "resident", "Strikkekafé for eldre",
            "Garn, kaffe og prat.", "bibliotek", List.of(), List.of("alle"), "for-alle", null,
            day(2)));

        eventually(() -> {
            assertEquals(Set.of("Strikkekafé for eldre"), suggestedFor(municipality, "Strikkekafé for eldre"));
            assertEquals(Set.of(), suggestedFor(municipality, "Bokbuss til bygdene"));
        });
    }

    private long boardCount(String where) throws SQLException {
        try (var connection = infrastructure.connect(gateway.schema()); var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from idea_board where " + where)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Set<String> suggestedFor(String municipality, String text) throws IOException {
        var response = gateway.get("/api/ideas/similar?municipality=" + municipality + "&text="
            + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response::body);
        return gateway.bean(JsonMapper.class).readValue(response.body(), SimilarIdeas.class)
            .ideas().stream().map(IdeaSummary::title).collect(Collectors.toSet());
    }

    private String publish(String municipality, String title, Instant at) {
        var id = submitOnly(municipality, title, at);
        send(id, municipality, ProposalsMessages.IDEA_PUBLISHED, new IdeaPublished(id, "samskap", at));
        return id;
    }

    private String submitOnly(String municipality, String title, Instant at) {
        var id = UUID.randomUUID().toString();
        send(id, municipality, ProposalsMessages.IDEA_SUBMITTED,
            new IdeaSubmitted(id, "resident", title, "Et forslag fra en innbygger.", "fritid-ungdom", at));
        return id;
    }

    private static Instant day(int day) {
        return Instant.parse("2026-10-01T10:00:00Z").plusSeconds(day * 86_400L);
    }

    private <P> void send(String id, String municipality, MessageType<P> type, P payload) {
        messages.send(type, payload, municipality, id);
    }
}
