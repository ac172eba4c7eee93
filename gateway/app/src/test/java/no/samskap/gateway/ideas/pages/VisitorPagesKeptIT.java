package no.samskap.gateway.ideas.pages;

import no.samskap.contract.feedback.FeedbackGiven;
import no.samskap.contract.feedback.FeedbackMessages;
import no.samskap.contract.events.EventFacts;
import no.samskap.contract.organisations.HelpAccepted;
import no.samskap.contract.organisations.HelpOffered;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.events.EventMessagesOnKafka;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.testkit.MessagesOnKafka;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway keeps a visitor's idea and event pages while nothing on them changes (ADR 0067): once the gateway has
 * applied a change to anything a page shows, its own parts or a panel another module adds, the very next view shows
 * it; and a signed-in viewer never gets the page kept for visitors.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitorPagesKeptIT {

    private static final String MUNICIPALITY = "1833";
    private static final Instant MORNING = Instant.parse("2026-11-03T08:00:00Z");
    private static final Person RESIDENT = new Person("kept-resident", "Kari Kjeldsen", MUNICIPALITY,
        List.of("resident", "default-roles-samskap"));

    private StandInProposals services;
    private GatewayUnderTest gateway;
    private TestInfrastructure infrastructure;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        services = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of("samskap-gateway.proposals-url", services.url(),
            "samskap-gateway.organisations-url", services.url(), "samskap-gateway.events-url", services.url(),
            "samskap-gateway.feedback-url", services.url()));
    }

    @AfterAll
    void stop() {
        gateway.close();
        services.close();
    }

    @Test
    void aVisitorSeesEachChangeToAnIdeaPageOnTheFirstViewAfterTheGatewayAppliedIt() throws Exception {
        String idea;
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, MUNICIPALITY)) {
            idea = ideas.published("Kajakkurs i Ranfjorden", "For nybegynnere.", "friluft");
        }
        var page = "/ideer/" + idea;
        eventually(() -> assertTrue(visitorSees(page, "Kajakkurs i Ranfjorden")));
        assertEquals(gateway.get(page).body(), gateway.get(page).body(), "seen twice, unchanged");

        try (var ideas = new IdeaStoriesOnKafka(infrastructure, MUNICIPALITY)) {
            ideas.edited(idea, "Kajakkurs i Ranfjorden for alle", "Moneset");
        }
        applied("select 1 from idea_board where id = '" + idea + "' and title = 'Kajakkurs i Ranfjorden for alle'");
        assertTrue(visitorSees(page, "Kajakkurs i Ranfjorden for alle"), "the idea changed");

        try (var ideas = new IdeaStoriesOnKafka(infrastructure, MUNICIPALITY)) {
            ideas.commented(idea, null, "resident-kayak", false, "Jeg har to kajakker å låne bort.", MORNING);
        }
        applied("select 1 from discussion_comment where idea_id = '" + idea + "'");
        assertTrue(visitorSees(page, "Jeg har to kajakker å låne bort."), "a comment");

        var offer = UUID.randomUUID().toString();
        try (var messages = new MessagesOnKafka(infrastructure)) {
            messages.send(OrganisationsMessages.HELP_OFFERED, UUID.randomUUID(), MORNING, MUNICIPALITY, offer,
                new HelpOffered(offer, idea, null, "kept-volunteer", "equipment", null, List.of(),
                    "Redningsvester til tolv.", MORNING));
        }
        applied("select 1 from help_offer where id = '" + offer + "'");
        assertFalse(visitorSees(page, "Redningsvester til tolv."), "an offer not yet accepted is not shown");
        try (var messages = new MessagesOnKafka(infrastructure)) {
            messages.send(OrganisationsMessages.HELP_ACCEPTED, UUID.randomUUID(), MORNING, MUNICIPALITY, offer,
                new HelpAccepted(offer, idea, null, "equipment", "kept-staff", MORNING.plusSeconds(60)));
        }
        applied("select 1 from help_offer where id = '" + offer + "' and status = 'accepted'");
        assertTrue(visitorSees(page, "Redningsvester til tolv."), "an accepted offer of help");

        var event = UUID.randomUUID().toString();
        try (var events = new EventMessagesOnKafka(infrastructure)) {
            events.published(event, MUNICIPALITY, realising(idea, "Kajakkurs på Moneset"));
            events.completed(event, MUNICIPALITY, List.of(idea));
        }
        applied("select 1 from event_calendar where id = '" + event + "' and status = 'completed'");
        assertTrue(visitorSees(page, "Kajakkurs på Moneset"), "the event that realised it");

        var feedback = UUID.randomUUID().toString();
        applied("select 1 from feedback_event where id = '" + event + "'");
        feedbackGiven(feedback, event, "Vått og veldig moro.");
        applied("select 1 from feedback_board where id = '" + feedback + "'");
        assertTrue(visitorSees(page, "Vått og veldig moro."), "what those who came said");
    }

    @Test
    void aSignedInViewerNeverGetsThePageKeptForVisitorsNorLeavesTheirOwnForThem() {
        String idea;
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, MUNICIPALITY)) {
            idea = ideas.published("Fuglekassesnekring", "For skoleklasser.", "friluft");
        }
        var page = "/ideer/" + idea;
        eventually(() -> assertTrue(visitorSees(page, "Fuglekassesnekring")));
        gateway.get(page);

        var signedIn = new FormPosts(gateway).get(RESIDENT, page).body();
        var visitorAfter = gateway.get(page).body();

        assertTrue(signedIn.contains("Kari Kjeldsen") && signedIn.contains(FormPosts.CSRF), signedIn);
        assertFalse(visitorAfter.contains("Kari Kjeldsen") || visitorAfter.contains(FormPosts.CSRF), visitorAfter);
    }

    @Test
    void aVisitorSeesEachChangeToAnEventPageOnTheFirstViewAfterTheGatewayAppliedIt() throws Exception {
        var event = UUID.randomUUID().toString();
        try (var events = new EventMessagesOnKafka(infrastructure)) {
            events.published(event, MUNICIPALITY, EventMessagesOnKafka.concert("Vinterkonsert i kulturhuset",
                EventMessagesOnKafka.SATURDAY_EVENING));
        }
        var page = "/arrangementer/" + event;
        eventually(() -> assertTrue(visitorSees(page, "Vinterkonsert i kulturhuset")));
        assertEquals(gateway.get(page).body(), gateway.get(page).body(), "seen twice, unchanged");

        try (var events = new EventMessagesOnKafka(infrastructure)) {
            events.updated(event, MUNICIPALITY, EventMessagesOnKafka.concert("Vinterkonsert med koret",
                EventMessagesOnKafka.SATURDAY_EVENING));
        }
        applied("select 1 from event_calendar where id = '" + event + "' and title = 'Vinterkonsert med koret'");
        assertTrue(visitorSees(page, "Vinterkonsert med koret"), "the event changed");

        var feedback = UUID.randomUUID().toString();
        feedbackGiven(feedback, event, "Fin akustikk i salen.");
        applied("select 1 from feedback_board where id = '" + feedback + "'");
        assertTrue(visitorSees(page, "Fin akustikk i salen."), "what was said about it");
    }

    private boolean visitorSees(String page, String text) {
        var answer = gateway.get(page);
        return answer.statusCode() == 200 && answer.body().contains(text);
    }

    /** Waits until the gateway's read model holds a change, so that the next view is the first after it. */
    private void applied(String query) {
        eventually(() -> {
            try (var connection = infrastructure.connect(gateway.schema());
                 var rows = connection.createStatement().executeQuery(query)) {
                assertTrue(rows.next(), query);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void feedbackGiven(String feedback, String event, String text) {
        try (var messages = new MessagesOnKafka(infrastructure)) {
            messages.send(FeedbackMessages.FEEDBACK_GIVEN, UUID.randomUUID(), MORNING, MUNICIPALITY, feedback,
                new FeedbackGiven(feedback, MUNICIPALITY, event, null, 5, text, null, false,
                    LocalDate.now().plusDays(14), Instant.now()));
        }
    }

    private static EventFacts realising(String idea, String title) {
        var concert = EventMessagesOnKafka.concert(title, EventMessagesOnKafka.SATURDAY_EVENING);
        return new EventFacts(concert.title(), concert.description(), concert.hostingUnit(), concert.coHostIds(),
            List.of(idea), concert.venueId(), concert.venueName(), concert.venueAddress(), concert.startsAt(),
            concert.endsAt(), concert.audience(), concert.targetGroups(), concert.priceNok(), concert.capacity(),
            concert.accessibility());
    }
}
