package no.samskap.gateway.feedback;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import no.samskap.contract.MessageType;
import no.samskap.contract.events.EventFacts;
import no.samskap.contract.events.EventPublished;
import no.samskap.contract.events.EventsMessages;
import no.samskap.contract.feedback.FeedbackAnswered;
import no.samskap.contract.feedback.FeedbackGiven;
import no.samskap.contract.feedback.FeedbackMessages;
import no.samskap.contract.feedback.FeedbackTurnedIntoIdea;
import no.samskap.contract.proposals.IdeaAnswered;
import no.samskap.contract.proposals.IdeaRealised;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.testkit.MessagesOnKafka;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The staff dashboard's feedback figures and its Kommune 3.0 panel (ideas → events → feedback → new ideas), from
 * messages told on Kafka with the times a test chooses, as JSON and as the page. November 2026 is the period; an
 * idea, an event and feedback outside it show that the period cuts, and the page (which has no start) that all count.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KommuneLoopDashboardIT {

    private static final String RANA = "1833";
    private static final String NOVEMBER = "?from=2026-11-01&to=2026-11-30";
    private static final Person STAFF = new Person("rana-staff", "Kari Kultur", RANA, List.of("staff"));
    private static final String CONCERT = UUID.randomUUID().toString();
    private static final String IDEA_FROM_FEEDBACK = UUID.randomUUID().toString();

    private GatewayUnderTest gateway;
    private MessagesOnKafka kafka;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        gateway = GatewayUnderTest.start(infrastructure,
            infrastructure.applicationProperties(infrastructure.freshSchema("gateway")));
        kafka = new MessagesOnKafka(infrastructure);
        new FeedbackOnKafka(infrastructure).units(RANA);
        tellTheIdeas();
        tellTheEvents();
        tellTheFeedback();
        eventually(Duration.ofSeconds(60), () -> {
            var panels = dashboard("").get("panels");
            assertEquals(5, panels.get("feedback").get("total").get("count").getIntValue());
            assertEquals(1, panels.get("feedbackLoop").get("ideasRealisedByAnEvent").getIntValue());
            assertEquals(3, panels.get("ideaLoop").get("realised").getIntValue());
        });
    }

    @AfterAll
    void stop() {
        kafka.close();
        gateway.close();
    }

    /** A realised 10 days after it was submitted, B after 20; C waits; D, from October, realised too. */
    private void tellTheIdeas() {
        idea("2026-11-02T10:00:00Z", "2026-11-05T10:00:00Z", "2026-11-12T10:00:00Z");
        idea("2026-11-04T10:00:00Z", "2026-11-06T10:00:00Z", "2026-11-24T10:00:00Z");
        idea("2026-11-10T10:00:00Z", null, null);
        idea("2026-10-01T10:00:00Z", "2026-10-02T10:00:00Z", "2026-10-20T10:00:00Z");
    }

    /** The concert realises no idea; the reading hour realises the idea made of feedback on the concert. */
    private void tellTheEvents() {
        event(CONCERT, "Vårkonsert i kulturhuset", "2026-11-10T17:00:00Z", List.of());
        event(UUID.randomUUID().toString(), "Lesestund for de minste", "2026-11-20T15:00:00Z",
            List.of(IDEA_FROM_FEEDBACK));
    }

    /**
     * In November: on the library a 5 answered on time and a 3 waiting past its date, on the cinema a 4 not yet due,
     * on the concert a 4 answered late and made an idea. In December a 2 on the concert, not yet due.
     */
    private void tellTheFeedback() {
        var onTime = feedback(null, "bibliotek", 5, "2026-11-03T10:00:00Z", "2026-11-17");
        answered(onTime, true, "2026-11-10T10:00:00Z");
        feedback(null, "bibliotek", 3, "2026-11-20T10:00:00Z", "2026-11-25");
        feedback(null, "kino", 4, "2026-11-21T10:00:00Z", "2099-01-01");
        var late = feedback(CONCERT, null, 4, "2026-11-11T10:00:00Z", "2026-11-25");
        answered(late, false, "2026-11-28T10:00:00Z");
        send(FeedbackMessages.FEEDBACK_TURNED_INTO_IDEA, "2026-11-28T11:00:00Z", late,
            new FeedbackTurnedIntoIdea(late, IDEA_FROM_FEEDBACK, RANA, "Lesestund", "Fra en tilbakemelding.",
                "bibliotek", null, "rana-staff", Instant.parse("2026-11-28T11:00:00Z")));
        feedback(CONCERT, null, 2, "2026-12-02T10:00:00Z", "2099-01-01");
    }

    @Test
    void countsAveragesDistributesAndMeasuresAnsweringPerEventUnitAndMonthInThePeriod() {
        var figures = dashboard(NOVEMBER).get("panels").get("feedback");

        assertAll(
            () -> assertFigure(figures.get("total"), 4, 4.0, List.of(0, 0, 1, 2, 1), 3, 1, 33),
            () -> assertEquals(1, figures.get("byEvent").size()),
            () -> assertEquals(CONCERT, figures.get("byEvent").get(0).get("key").getStringValue()),
            () -> assertEquals("Vårkonsert i kulturhuset", figures.get("byEvent").get(0).get("name").getStringValue()),
            () -> assertFigure(figures.get("byEvent").get(0), 1, 4.0, List.of(0, 0, 0, 1, 0), 1, 0, 0),
            () -> assertEquals("bibliotek", figures.get("byUnit").get(0).get("key").getStringValue()),
            () -> assertFigure(figures.get("byUnit").get(0), 2, 4.0, List.of(0, 0, 1, 0, 1), 2, 1, 50),
            () -> assertEquals("kino", figures.get("byUnit").get(1).get("key").getStringValue()),
            () -> assertFigure(figures.get("byUnit").get(1), 1, 4.0, List.of(0, 0, 0, 1, 0), 0, 0, null),
            () -> assertEquals(1, figures.get("byMonth").size()),
            () -> assertEquals("2026-11", figures.get("byMonth").get(0).get("key").getStringValue()));
    }

    @Test
    void withoutAStartCountsEverythingUpToTodayMonthByMonth() {
        var figures = dashboard("").get("panels").get("feedback");

        assertAll(
            () -> assertFigure(figures.get("total"), 5, 3.6, List.of(0, 1, 1, 2, 1), 3, 1, 33),
            () -> assertEquals(List.of("2026-11", "2026-12"), List.of(
                figures.get("byMonth").get(0).get("key").getStringValue(),
                figures.get("byMonth").get(1).get("key").getStringValue())),
            () -> assertFigure(figures.get("byEvent").get(0), 2, 3.0, List.of(0, 1, 0, 1, 0), 1, 0, 0));
    }

    @Test
    void theKommuneLoopGoesFromIdeasThroughEventsToFeedbackAndNewIdeas() {
        var panels = dashboard(NOVEMBER).get("panels");
        var ideas = panels.get("ideaLoop");
        var events = panels.get("coCreation");
        var feedback = panels.get("feedbackLoop");

        assertAll(
            () -> assertEquals(3, ideas.get("submitted").getIntValue()),
            () -> assertEquals(2, ideas.get("accepted").getIntValue()),
            () -> assertEquals(2, ideas.get("realised").getIntValue()),
            () -> assertEquals(15.0, ideas.get("medianDaysToRealised").getDoubleValue()),
            () -> assertEquals(19.0, ideas.get("p90DaysToRealised").getDoubleValue()),
            () -> assertEquals(2, events.get("events").getIntValue()),
            () -> assertEquals(1, events.get("realiseAnIdea").getIntValue()),
            () -> assertEquals(4, feedback.get("feedbackGiven").getIntValue()),
            () -> assertEquals(1, feedback.get("eventsWithFeedback").getIntValue()),
            () -> assertEquals(1, feedback.get("turnedIntoIdeas").getIntValue()),
            () -> assertEquals(1, feedback.get("ideasRealisedByAnEvent").getIntValue()));
    }

    @Test
    void aMonthWithoutFeedbackSaysSoAndHasNoFiguresToDivide() {
        var panels = dashboard("?from=2026-09-01&to=2026-09-30").get("panels");

        assertAll(
            () -> assertFigure(panels.get("feedback").get("total"), 0, null, List.of(0, 0, 0, 0, 0), 0, 0, null),
            () -> assertEquals(0, panels.get("feedback").get("byMonth").size()),
            () -> assertEquals(0, panels.get("ideaLoop").get("submitted").getIntValue()),
            () -> assertEquals(0, panels.get("feedbackLoop").get("feedbackGiven").getIntValue()));
    }

    @Test
    void thePageShowsTheLoopInOrderAndTheFeedbackFiguresAsTables() {
        var page = page(Map.of());

        assertAll(
            () -> assertTrue(page.indexOf("id=\"idea-loop\"") < page.indexOf("id=\"co-creation-heading\"")
                && page.indexOf("id=\"co-creation-heading\"") < page.indexOf("id=\"feedback-loop\""), page),
            () -> assertTrue(page.contains("Kommune 3.0: fra idé til arrangement"), page),
            () -> assertTrue(page.contains("<dd>75 % (3 av 4)</dd>"), "three of the four ideas accepted: " + page),
            () -> assertTrue(page.contains("<dd>19,0 dager</dd>"), "the median of 10, 20 and 19 days: " + page),
            () -> assertTrue(page.contains("Realiserer en idé fra innbyggerne</dt>\n  <dd>50 % (1 av 2)</dd>"),
                "the reading hour of the two events realises an idea: " + page),
            () -> assertTrue(page.contains("Gjort om til nye ideer</dt>\n  <dd>20 % (1 av 5)</dd>"), page),
            () -> assertTrue(page.contains("<table id=\"feedback-by-unit\" class=\"ds-table figures\""), page),
            () -> assertTrue(page.contains("<th scope=\"row\">Biblioteket</th><td>2</td><td>4,0</td>"
                + "<td>1: 0 · 2: 0 · 3: 1 · 4: 0 · 5: 1</td><td>50 % (1 av 2)</td>"), page),
            () -> assertTrue(page.contains("<th scope=\"row\">Kinoen</th><td>1</td><td>4,0</td>"
                + "<td>1: 0 · 2: 0 · 3: 0 · 4: 1 · 5: 0</td><td>ingen svarfrist passert ennå</td>"), page),
            () -> assertTrue(page.contains("<th scope=\"row\">november 2026</th><td>4</td>"), page),
            () -> assertTrue(page.contains("<th scope=\"row\">Vårkonsert i kulturhuset</th><td>2</td><td>3,0</td>"),
                page));
    }

    @Test
    void thePageSpeaksNynorskAndEnglish() {
        var nynorsk = page(Map.of("Accept-Language", "nn"));
        var english = page(Map.of("Accept-Language", "en"));

        assertAll(
            () -> assertTrue(nynorsk.contains("Kommune 3.0: frå arrangement til nye idear"), nynorsk),
            () -> assertTrue(nynorsk.contains("<th scope=\"row\">desember 2026</th>"), nynorsk),
            () -> assertTrue(english.contains("<th scope=\"row\">The library</th>"), english),
            () -> assertTrue(english.contains("Answered on time"), english),
            () -> assertTrue(english.contains("<th scope=\"row\">December 2026</th>"), english));
    }

    private static void assertFigure(JsonNode figure, int count, Double average, List<Integer> distribution, int due,
                                     int answeredOnTime, Integer onTimePercent) {
        assertEquals(count, figure.get("count").getIntValue(), figure::toString);
        assertEquals(average, figure.get("average") == null || figure.get("average").isNull() ? null
            : figure.get("average").getDoubleValue(), figure::toString);
        for (int rating = 0; rating < 5; rating++) {
            assertEquals(distribution.get(rating), figure.get("distribution").get(rating).getIntValue(),
                figure::toString);
        }
        assertEquals(due, figure.get("due").getIntValue(), figure::toString);
        assertEquals(answeredOnTime, figure.get("answeredOnTime").getIntValue(), figure::toString);
        assertEquals(onTimePercent, figure.get("onTimePercent") == null || figure.get("onTimePercent").isNull() ? null
            : figure.get("onTimePercent").getIntValue(), figure::toString);
    }

    private void idea(String submitted, String accepted, String realised) {
        var id = UUID.randomUUID().toString();
        send(ProposalsMessages.IDEA_SUBMITTED, submitted, id,
            new IdeaSubmitted(id, "resident", "En idé", "Beskrivelse", "kulturhus", Instant.parse(submitted)));
        if (accepted != null) {
            send(ProposalsMessages.IDEA_ANSWERED, accepted, id,
                new IdeaAnswered(id, "staff", "accepted", "Ja.", Instant.parse(accepted)));
        }
        if (realised != null) {
            send(ProposalsMessages.IDEA_REALISED, realised, id,
                new IdeaRealised(id, "staff", "event", Instant.parse(realised), UUID.randomUUID().toString()));
        }
    }

    private void event(String id, String title, String startsAt, List<String> ideas) {
        var starts = Instant.parse(startsAt);
        var facts = new EventFacts(title, "", "kulturhus", List.of(), ideas, null, null, null, starts,
            starts.plus(Duration.ofHours(2)), "alle", List.of(), null, null, List.of());
        send(EventsMessages.EVENT_PUBLISHED, "2026-10-15T10:00:00Z", id, new EventPublished(id, facts, "staff",
            Instant.parse("2026-10-15T10:00:00Z")));
    }

    private String feedback(String event, String unit, int rating, String givenAt, String respondBy) {
        var id = UUID.randomUUID().toString();
        send(FeedbackMessages.FEEDBACK_GIVEN, givenAt, id, new FeedbackGiven(id, RANA, event, unit, rating, "Tekst",
            null, false, LocalDate.parse(respondBy), Instant.parse(givenAt)));
        return id;
    }

    private void answered(String id, boolean onTime, String at) {
        send(FeedbackMessages.FEEDBACK_ANSWERED, at, id, new FeedbackAnswered(id, true, "Takk.", onTime,
            Instant.parse(at)));
    }

    private <P> void send(MessageType<P> type, String at, String key, P payload) {
        kafka.send(type, UUID.randomUUID(), Instant.parse(at), RANA, key, payload);
    }

    private JsonNode dashboard(String query) {
        var response = get("/api/staff/dashboard" + query, Map.of("Accept", "application/json"));
        assertEquals(200, response.statusCode(), response.body());
        try {
            return gateway.bean(JsonMapper.class).readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String page(Map<String, String> headers) {
        var response = get("/stab/dashbord", headers);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) {
        var all = new HashMap<>(headers);
        all.put("Cookie", "samskap_id=" + gateway.identityProvider().idToken(STAFF, Duration.ofMinutes(5)));
        return gateway.get(path, all);
    }
}
