package no.samskap.events.ideas.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import no.samskap.contract.organisations.HelpAccepted;
import no.samskap.contract.organisations.HelpDeclined;
import no.samskap.contract.organisations.HelpOffered;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.events.EventFixtures;
import no.samskap.events.EventsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.MessagesOnKafka;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static no.samskap.events.EventFixtures.RANA;
import static no.samskap.events.EventFixtures.ULLENSVANG;
import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ideas and offers of help arrive as the proposals and organisations services send them, over real Kafka. */
@ServiceUnderTest(EventsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventFromIdeaIT {

    private static final String TITLE = "eSport-kveld i kulturhuset";
    private static final String BODY = "Ungdommen vil spille sammen; med storskjerm, lyd og pizza.";

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest events;
    private EventFixtures fixtures;
    private MessagesOnKafka kafka;

    @BeforeAll
    void start(ApplicationUnderTest events, TestInfrastructure infrastructure) {
        this.events = events;
        this.fixtures = new EventFixtures(events, infrastructure);
        this.kafka = new MessagesOnKafka(infrastructure);
    }

    @AfterAll
    void stop() {
        kafka.close();
        fixtures.close();
    }

    @Test
    void staffMakeAnAcceptedIdeaADraftCoHostedByTheAssociationsWhoseHelpWasAccepted() throws SQLException {
        var idea = acceptedIdea(RANA, "kino");
        var verified = fixtures.verifiedAssociation("idea-cohost-admin", RANA);
        var unverified = fixtures.association("idea-unverified-admin", RANA);
        var venueOffer = offer(idea, verified, "venue", null, "Vi låner ut storsalen");
        var volunteerOffer = offer(idea, null, "hours", 4.0, "Jeg rigger lyd");
        var unverifiedOffer = offer(idea, unverified, "equipment", null, "Vi har en projektor");
        var declinedOffer = offer(idea, verified, "know-how", null, "Vi kan lære bort");
        accept(venueOffer, idea, verified);
        accept(volunteerOffer, idea, null);
        accept(unverifiedOffer, idea, unverified);
        decline(declinedOffer, idea, verified);
        eventually(() -> assertEquals(3, fixtures.count("select count(*) from help_offer_copy where idea_id = '"
            + idea + "' and status = 'accepted'")));

        var created = events.client().toBlocking().exchange(HttpRequest.POST("/ideas/" + idea + "/event", "{}")
            .bearerAuth(fixtures.staffToken()), Map.class);

        assertEquals(HttpStatus.CREATED, created.status());
        var event = created.body();
        var id = (String) event.get("id");
        assertEquals("/events/" + id, created.header("Location"));
        assertEquals("draft", event.get("status"));
        assertEquals(TITLE, event.get("title"));
        assertEquals(BODY, event.get("description"));
        assertEquals("kino", event.get("hostingUnit"));
        assertEquals(List.of(idea), event.get("ideaIds"));
        assertEquals(List.of(verified), event.get("coHostIds"));
        var offers = events.client().toBlocking().retrieve(HttpRequest.GET("/events/" + id + "/help-offers")
            .bearerAuth(fixtures.staffToken()), Argument.listOf(Map.class));
        assertEquals(Set.of(venueOffer, volunteerOffer, unverifiedOffer), offers.stream()
            .map(offer -> (String) offer.get("offerId")).collect(Collectors.toSet()));
        assertEquals(List.of("event-drafted"), events.outboxTypesFor(id));
        assertEquals(404, events.statusOf(HttpRequest.GET("/events/" + id + "/help-offers")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePublicSeesWhichAssociationsOfferedHelpButNotTheWordsOrAVolunteersOwnOffer() {
        var idea = acceptedIdea(RANA, "bibliotek");
        var association = fixtures.verifiedAssociation("public-help-admin", RANA);
        var associationOffer = offer(idea, association, "venue", null, "Vi låner ut møterommet");
        var volunteerOffer = offer(idea, null, "hours", 3.0, "Jeg heter Ola og kan lese høyt");
        accept(associationOffer, idea, association);
        accept(volunteerOffer, idea, null);
        eventually(() -> assertEquals(2, fixtures.count("select count(*) from help_offer_copy where idea_id = '"
            + idea + "' and status = 'accepted'")));
        var id = draftFrom(idea);
        assertEquals(200, events.statusOf(HttpRequest.POST("/events/" + id + "/publication", "")
            .bearerAuth(fixtures.staffToken())));

        var seenByAll = events.client().toBlocking().retrieve(HttpRequest.GET("/events/" + id + "/help-offers"),
            Argument.listOf(Map.class));
        var seenByResident = events.client().toBlocking().retrieve(HttpRequest.GET("/events/" + id
            + "/help-offers").bearerAuth(tokens.resident("curious-resident", RANA)), Argument.listOf(Map.class));
        var seenByStaff = events.client().toBlocking().retrieve(HttpRequest.GET("/events/" + id + "/help-offers")
            .bearerAuth(fixtures.staffToken()), Argument.listOf(Map.class));

        assertEquals(1, seenByAll.size());
        Map<String, Object> shown = seenByAll.get(0);
        assertEquals(association, shown.get("associationId"));
        assertEquals("venue", shown.get("kind"));
        assertEquals(null, shown.get("description"));
        assertEquals(seenByAll, seenByResident);
        assertEquals(2, seenByStaff.size());
        assertTrue(seenByStaff.toString().contains("Jeg heter Ola"));
    }

    @Test
    void anIdeaHasOneOpenEventAtATimeAndMayHaveAnotherOnceItIsCancelled() {
        var idea = acceptedIdea(RANA, "bibliotek");
        var first = draftFrom(idea);

        var problem = events.refused(HttpRequest.POST("/ideas/" + idea + "/event", "{}")
            .bearerAuth(fixtures.staffToken()));
        assertEquals(409, problem.get("status"));
        assertEquals("ideaId", ApplicationUnderTest.firstField(problem));
        assertEquals(1, eventsOf(idea));

        assertEquals(200, events.statusOf(HttpRequest.POST("/events/" + first + "/cancellation",
            Map.of("reason", "Vi flytter det til våren.")).bearerAuth(fixtures.staffToken())));
        assertEquals(201, events.statusOf(HttpRequest.POST("/ideas/" + idea + "/event", "{}")
            .bearerAuth(fixtures.staffToken())));
    }

    @Test
    void anIdeaNotAcceptedOrNotKnownIsRefusedAndNothingIsDrafted() {
        var submittedOnly = submittedIdea(RANA, "kino");
        eventually(() -> assertEquals(1, fixtures.count("select count(*) from idea_copy where id = '"
            + submittedOnly + "'")));

        for (var idea : List.of(submittedOnly, UUID.randomUUID().toString())) {
            var problem = events.refused(HttpRequest.POST("/ideas/" + idea + "/event", "{}")
                .bearerAuth(fixtures.staffToken()));

            assertEquals(422, problem.get("status"), idea);
            assertEquals("ideaId", ApplicationUnderTest.firstField(problem));
            assertEquals(0, eventsOf(idea));
        }
    }

    @Test
    void onlyTheStaffOfTheIdeasMunicipalityMakeItAnEvent() {
        var idea = acceptedIdea(RANA, "kino");

        assertEquals(403, events.statusOf(HttpRequest.POST("/ideas/" + idea + "/event", "{}")
            .bearerAuth(tokens.staff("ullensvang-staff", ULLENSVANG))));
        assertEquals(403, events.statusOf(HttpRequest.POST("/ideas/" + idea + "/event", "{}")
            .bearerAuth(tokens.resident("idea-resident", RANA))));
        assertEquals(401, events.statusOf(HttpRequest.POST("/ideas/" + idea + "/event", "{}")));
        assertEquals(0, eventsOf(idea));
    }

    @Test
    void anIdeaWhoseServiceAreaNamesNoUnitNeedsTheUnitAndTakesTheStaffsTimes() {
        var idea = acceptedIdea(RANA, "digital");

        var problem = events.refused(HttpRequest.POST("/ideas/" + idea + "/event", "{}")
            .bearerAuth(fixtures.staffToken()));
        assertEquals(400, problem.get("status"));
        assertEquals("hostingUnit", ApplicationUnderTest.firstField(problem));

        var event = events.client().toBlocking().retrieve(HttpRequest.POST("/ideas/" + idea + "/event",
            Map.of("hostingUnit", "kulturhus", "startsAt", "2027-03-28T18:00", "endsAt", "2027-03-28T21:00",
                "audience", "ungdom")).bearerAuth(fixtures.staffToken()), Map.class);
        assertEquals("kulturhus", event.get("hostingUnit"));
        assertEquals("2027-03-28T16:00:00Z", event.get("startsAt"));
        assertEquals("ungdom", event.get("audience"));
    }

    private String draftFrom(String idea) {
        return (String) events.client().toBlocking().retrieve(HttpRequest.POST("/ideas/" + idea + "/event", "{}")
            .bearerAuth(fixtures.staffToken()), Map.class).get("id");
    }

    private long eventsOf(String idea) {
        return fixtures.count("select count(*) from event where '" + idea + "' = any(idea_ids)");
    }

    private String acceptedIdea(String municipality, String serviceArea) {
        return fixtures.acceptedIdea(municipality, serviceArea, TITLE, BODY);
    }

    private String submittedIdea(String municipality, String serviceArea) {
        return fixtures.submittedIdea(municipality, serviceArea, TITLE, BODY);
    }

    private String offer(String idea, String association, String kind, Double hours, String description) {
        var offer = UUID.randomUUID().toString();
        kafka.send(OrganisationsMessages.HELP_OFFERED, UUID.randomUUID(), Instant.now(), RANA, offer,
            new HelpOffered(offer, idea, association, "offerer", kind, hours, List.of(), description, Instant.now()));
        return offer;
    }

    private void accept(String offer, String idea, String association) {
        kafka.send(OrganisationsMessages.HELP_ACCEPTED, UUID.randomUUID(), Instant.now(), RANA, offer,
            new HelpAccepted(offer, idea, association, "venue", "staff", Instant.now()));
    }

    private void decline(String offer, String idea, String association) {
        kafka.send(OrganisationsMessages.HELP_DECLINED, UUID.randomUUID(), Instant.now(), RANA, offer,
            new HelpDeclined(offer, idea, association, "know-how", "staff", Instant.now()));
    }
}
