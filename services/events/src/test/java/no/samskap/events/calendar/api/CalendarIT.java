package no.samskap.events.calendar.api;

import io.micronaut.http.HttpRequest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.component.VEvent;
import no.samskap.events.EventFixtures;
import no.samskap.events.EventsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static no.samskap.events.EventFixtures.RANA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(EventsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarIT {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private ApplicationUnderTest events;
    private EventFixtures fixtures;

    @BeforeAll
    void start(ApplicationUnderTest events, TestInfrastructure infrastructure) {
        this.events = events;
        this.fixtures = new EventFixtures(events, infrastructure);
    }

    @AfterAll
    void stop() {
        fixtures.close();
    }

    @Test
    void theFeedKeepsOsloWallClockTimeOnBothSidesOfTheSwitchToSummerTime() throws Exception {
        var saturday = published(Map.of("startsAt", "2027-03-27T18:00", "endsAt", "2027-03-27T20:00"));
        var sunday = published(Map.of("startsAt", "2027-03-28T18:00", "endsAt", "2027-03-28T20:00"));

        var calendar = parse(ics("/calendars/" + RANA + ".ics"));

        assertEquals(Set.of("Europe/Oslo"), calendar.getComponents("VTIMEZONE").stream()
            .map(zone -> zone.getRequiredProperty("TZID").getValue()).collect(Collectors.toSet()));
        var before = start(vevent(calendar, saturday));
        var after = start(vevent(calendar, sunday));
        assertEquals(LocalDateTime.parse("2027-03-27T18:00"), before.withZoneSameInstant(OSLO).toLocalDateTime());
        assertEquals(LocalDateTime.parse("2027-03-28T18:00"), after.withZoneSameInstant(OSLO).toLocalDateTime());
        assertEquals(Instant.parse("2027-03-27T17:00:00Z"), before.toInstant());
        assertEquals(Duration.ofHours(23), Duration.between(before, after));
        var dtstart = vevent(calendar, sunday).getRequiredProperty("DTSTART");
        assertEquals("Europe/Oslo", dtstart.getRequiredParameter(Parameter.TZID).getValue());
        assertEquals("20270328T180000", dtstart.getValue());
    }

    @Test
    void anEventsFileNamesItsVersionPageAndVenueWithTheTextEscaped() throws Exception {
        var venue = fixtures.venue(RANA, "Kulturhuset; sal 2", 120, List.of("step-free"));
        var id = published(Map.of("title", "Jazz, blues; og mer", "description", "Første linje\nAndre linje",
            "venueId", venue));
        var body = EventFixtures.eventBody();
        body.put("title", "Jazz, blues; og mer");
        body.put("description", "Første linje\nAndre linje");
        body.put("venueId", venue);
        body.put("capacity", 80);
        assertEquals(200, events.statusOf(HttpRequest.PATCH("/events/" + id, body).bearerAuth(fixtures.staffToken())));
        var shown = events.client().toBlocking().retrieve(HttpRequest.GET("/events/" + id), Map.class);
        var version = ((Number) shown.get("version")).intValue();
        var created = Instant.parse((String) shown.get("createdAt")).truncatedTo(ChronoUnit.SECONDS);

        var text = ics("/events/" + id + ".ics");
        var vevent = vevent(parse(text), id);

        assertTrue(version >= 2, "publishing and changing moved the version on to " + version);
        assertEquals(String.valueOf(version), vevent.getRequiredProperty("SEQUENCE").getValue());
        assertEquals(id + "@events.samskap.no", vevent.getRequiredProperty("UID").getValue());
        assertEquals("http://127.0.0.1:8080/arrangementer/" + id, vevent.getRequiredProperty("URL").getValue());
        assertEquals("Jazz, blues; og mer", vevent.getRequiredProperty("SUMMARY").getValue());
        assertEquals("Første linje\nAndre linje", vevent.getRequiredProperty("DESCRIPTION").getValue());
        assertEquals("Kulturhuset; sal 2, Ole Tobias Olsens gate 3, 8622 Mo i Rana",
            vevent.getRequiredProperty("LOCATION").getValue());
        assertEquals("CONFIRMED", vevent.getRequiredProperty("STATUS").getValue());
        assertTrue(text.contains("SUMMARY:Jazz\\, blues\\; og mer"), text);
        assertTrue(text.contains("DESCRIPTION:Første linje\\nAndre linje"), text);
        var lastModified = Instant.parse(isoOf(vevent.getRequiredProperty("LAST-MODIFIED").getValue()));
        assertFalse(lastModified.isAfter(Instant.now()), "last modified " + lastModified);
        assertFalse(lastModified.isBefore(created), "last modified " + lastModified + ", created " + created);
        assertEquals(vevent.getRequiredProperty("DTSTAMP").getValue(),
            vevent.getRequiredProperty("LAST-MODIFIED").getValue());
    }

    @Test
    void aCancelledEventIsMarkedCancelledAndADraftHasNoFile() throws Exception {
        var id = published(Map.of());
        assertEquals(200, events.statusOf(HttpRequest.POST("/events/" + id + "/cancellation",
            Map.of("reason", "Salen er stengt.")).bearerAuth(fixtures.staffToken())));
        var draft = fixtures.draft(EventFixtures.eventBody());

        assertEquals("CANCELLED", vevent(parse(ics("/events/" + id + ".ics")), id)
            .getRequiredProperty("STATUS").getValue());
        assertEquals("CANCELLED", vevent(parse(ics("/calendars/" + RANA + ".ics")), id)
            .getRequiredProperty("STATUS").getValue());
        assertEquals(404, events.statusOf(HttpRequest.GET("/events/" + draft + ".ics")));
        assertEquals(404, events.statusOf(HttpRequest.GET("/events/" + draft + ".ics")
            .bearerAuth(fixtures.staffToken())));
        assertFalse(uids(parse(ics("/calendars/" + RANA + ".ics"))).contains(draft + "@events.samskap.no"));
    }

    @Test
    void theFeedFiltersByHostingUnitAndAudience() throws Exception {
        var cinemaForSeniors = published(Map.of("hostingUnit", "kino", "audience", "eldre"));
        var libraryForChildren = published(Map.of("hostingUnit", "bibliotek", "audience", "barn"));

        var cinema = uids(parse(ics("/calendars/" + RANA + ".ics?unit=kino")));
        var children = uids(parse(ics("/calendars/" + RANA + ".ics?audience=barn")));
        var both = uids(parse(ics("/calendars/" + RANA + ".ics?unit=bibliotek&audience=barn")));

        assertTrue(cinema.contains(cinemaForSeniors + "@events.samskap.no"));
        assertFalse(cinema.contains(libraryForChildren + "@events.samskap.no"));
        assertTrue(children.contains(libraryForChildren + "@events.samskap.no"));
        assertFalse(children.contains(cinemaForSeniors + "@events.samskap.no"));
        assertTrue(both.contains(libraryForChildren + "@events.samskap.no"));
        assertFalse(uids(parse(ics("/calendars/4618.ics"))).contains(cinemaForSeniors + "@events.samskap.no"));
    }

    @Test
    void unknownFilterValuesAndMunicipalitiesAreRefusedNamingTheField() {
        for (var wrong : List.of(Map.entry("unit", "/calendars/1833.ics?unit=bank"),
            Map.entry("audience", "/calendars/1833.ics?audience=alle-over-90"),
            Map.entry("municipality", "/calendars/99.ics"))) {
            var problem = events.refused(HttpRequest.GET(wrong.getValue()));

            assertEquals(400, problem.get("status"), wrong.toString());
            assertEquals(wrong.getKey(), ApplicationUnderTest.firstField(problem));
        }
    }

    private String published(Map<String, Object> changes) {
        var body = EventFixtures.eventBody();
        body.putAll(changes);
        var id = fixtures.draft(body);
        assertEquals(200, events.statusOf(HttpRequest.POST("/events/" + id + "/publication", "")
            .bearerAuth(fixtures.staffToken())));
        return id;
    }

    private String ics(String path) {
        var response = events.client().toBlocking().exchange(HttpRequest.GET(path), String.class);
        assertEquals("text/calendar", response.getContentType().orElseThrow().getName());
        return response.body();
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent vevent(Calendar calendar, String eventId) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
            .filter(vevent -> vevent.getRequiredProperty("UID").getValue().equals(eventId + "@events.samskap.no"))
            .findFirst().orElseThrow(() -> new AssertionError("no VEVENT for " + eventId));
    }

    private static Set<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
            .map(vevent -> vevent.getRequiredProperty("UID").getValue()).collect(Collectors.toSet());
    }

    private static ZonedDateTime start(VEvent vevent) {
        Temporal start = vevent.getStartDate().orElseThrow().getDate();
        return ZonedDateTime.from(start);
    }

    /** 20270327T170000Z as 2027-03-27T17:00:00Z. */
    private static String isoOf(String utc) {
        return utc.replaceFirst("(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})Z", "$1-$2-$3T$4:$5:$6Z");
    }
}
