package no.samskap.gateway.ideas.pages;

import no.samskap.contract.persons.PersonErased;
import no.samskap.contract.persons.PersonsMessages;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.testkit.MessagesOnKafka;
import no.samskap.testkit.PersonalDataSweep;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A visitor reads an idea's discussion from the gateway's own copy, kept from the proposals service's messages
 * (ADR 0064): no service is asked, hidden comments keep their place without their words, and an erased author's
 * comments stay, signed by a former participant.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitorDiscussionIT {

    private static final String MUNICIPALITY = "5056";
    private static final Instant MORNING = Instant.parse("2026-11-03T08:00:00Z");

    private StandInProposals proposals;
    private GatewayUnderTest gateway;
    private TestInfrastructure infrastructure;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        proposals = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of("samskap-gateway.proposals-url", proposals.url()));
    }

    @AfterAll
    void stop() {
        gateway.close();
        proposals.close();
    }

    @Test
    void aVisitorReadsThreadsInOrderWithOfficialAnswersEditsAndHiddenCommentsWithoutAskingTheService() {
        String idea;
        String question;
        String hidden;
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, MUNICIPALITY)) {
            idea = ideas.published("Orgelkonsert i kirka", "Med lokale musikere.", "kultur");
            question = ideas.commented(idea, null, "resident-1", false, "Når på dagen?", MORNING);
            hidden = ideas.commented(idea, null, "resident-2", false, "Noe stygt", MORNING.plusSeconds(60));
            ideas.commented(idea, question, "staff-1", true, "På kvelden.", MORNING.plusSeconds(120));
            ideas.commentEdited(idea, question, "Når på dagen, og hvor?", MORNING.plusSeconds(180));
            ideas.commentHidden(idea, hidden, "Hets");
        }

        eventually(() -> assertTrue(gateway.get("/ideer/" + idea).body().contains("class=\"hidden-comment\"")));
        var page = gateway.get("/ideer/" + idea).body();
        assertAll(
            () -> assertTrue(page.indexOf("Når på dagen, og hvor?") < page.indexOf("På kvelden."), page),
            () -> assertTrue(page.indexOf("På kvelden.") < page.indexOf("id=\"comment-" + hidden + "\""),
                "the answer belongs to the first thread, the hidden comment is the second: " + page),
            () -> assertTrue(page.indexOf("Når på dagen, og hvor?") < page.indexOf("(endret)")
                && page.indexOf("(endret)") < page.indexOf("På kvelden."), "the edited comment says so: " + page),
            () -> assertTrue(page.contains("<strong>Svar fra kommunen</strong>"), page),
            () -> assertTrue(page.contains("Kommentaren er skjult av en moderator."), page),
            () -> assertFalse(page.contains("Noe stygt") || page.contains("Hets"), page),
            () -> assertFalse(page.contains("resident-1") || page.contains("staff-1"), page));
        assertEquals(List.of(), proposals.callsTo("/ideas/" + idea + "/comments"), "the visit asked no service");
    }

    @Test
    void aCommentShownAgainIsReadAgainAndAnErasedAuthorsCommentStaysSignedByAFormerParticipant() throws Exception {
        var author = "resident-" + UUID.randomUUID();
        String idea;
        String comment;
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, MUNICIPALITY)) {
            idea = ideas.published("Vinterbading ved brygga", "Hver søndag.", "friluft");
            comment = ideas.commented(idea, null, author, false, "Jeg tar med badstue.", MORNING);
            ideas.commentHidden(idea, comment, "Reklame");
            ideas.commentRestored(idea, comment, "Ikke reklame likevel.");
        }
        eventually(() -> assertTrue(gateway.get("/ideer/" + idea).body().contains("Jeg tar med badstue.")));

        var erasure = UUID.randomUUID();
        try (var kafka = new MessagesOnKafka(infrastructure)) {
            kafka.send(PersonsMessages.PERSON_ERASED, erasure, Instant.now(), MUNICIPALITY, author,
                new PersonErased(author, Instant.now()));
        }

        eventually(() -> {
            var page = gateway.get("/ideer/" + idea).body();
            assertTrue(page.contains("class=\"comment-author former-participant\"") && page.contains("Jeg tar med badstue."),
                page);
        });
        try (var connection = infrastructure.connect(gateway.schema())) {
            assertEquals(List.of(), PersonalDataSweep.forPerson(author).over(connection, List.of(gateway.schema())).traces());
        }
    }

    @Test
    void anIdeaWithCommentsTheCopyDoesNotHoldYetIsAskedOfTheServiceAsBefore() throws Exception {
        String idea;
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, MUNICIPALITY)) {
            idea = ideas.published("Juleverksted på skolen", "For alle barn.", "kultur");
            ideas.commented(idea, null, "resident-3", false, "Kjempefint!", MORNING);
        }
        eventually(() -> assertTrue(gateway.get("/ideer/" + idea).body().contains("Kjempefint!")));
        try (var connection = infrastructure.connect(gateway.schema())) {
            connection.createStatement().execute("delete from discussion_comment where idea_id = '" + idea + "'");
        }
        proposals.answer("GET", "/ideas/" + idea + "/comments", Answer.json(200, """
            {"threads":[{"comment":{"id":"%s","parentId":null,"authorId":null,"official":false,"body":"Fra tjenesten",
              "writtenAt":"2026-11-03T10:00:00Z","editedAt":null,"hidden":false,"editableByYou":false},"answers":[]}]}"""
            .formatted(UUID.randomUUID())));

        var page = gateway.get("/ideer/" + idea).body();

        assertTrue(page.contains("Fra tjenesten") && !page.contains("Kjempefint!"), page);
        assertEquals(null, proposals.lastCallTo("/ideas/" + idea + "/comments").authorization(),
            "a visitor's read carries no token");
    }
}
