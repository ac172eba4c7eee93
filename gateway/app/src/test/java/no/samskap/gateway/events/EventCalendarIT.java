package no.samskap.gateway.events;

import no.samskap.contract.events.EventFacts;
import no.samskap.contract.events.Seats;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.pages.FormPosts;
import no.samskap.gateway.organisations.AssociationMessagesOnKafka;
import no.samskap.gateway.shell.paging.PageCursor;
import no.samskap.gateway.shell.municipalities.MunicipalitiesOnKafka;
import no.samskap.platform.consumption.ReadModelReplay;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static no.samskap.gateway.events.EventMessagesOnKafka.SATURDAY_EVENING;
import static no.samskap.gateway.events.EventMessagesOnKafka.concert;
import static no.samskap.gateway.events.EventMessagesOnKafka.readingHour;
import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public calendar from the events service's messages: what enters it and what never does, the filters of the API
 * and the pages (and how an unknown value is refused), the month view, Norwegian and English times, the open data,
 * and a replay that gives back the same read model.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventCalendarIT {

    private static final String RANA = "1833";
    private static final String BODO = "1804";
    private static final String MARCH = "fra=2027-03-01&til=2027-03-31";

    private final String concertId = UUID.randomUUID().toString();
    private final String readingId = UUID.randomUUID().toString();
    private final String fullId = UUID.randomUUID().toString();
    private final String draftId = UUID.randomUUID().toString();
    private final String cancelledId = UUID.randomUUID().toString();
    private final String elsewhereId = UUID.randomUUID().toString();
    private final String choirId = UUID.randomUUID().toString();

    private TestInfrastructure infrastructure;
    private GatewayUnderTest gateway;
    private EventMessagesOnKafka events;
    private AssociationMessagesOnKafka associations;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        gateway = GatewayUnderTest.start(infrastructure);
        events = new EventMessagesOnKafka(infrastructure);
        associations = new AssociationMessagesOnKafka(infrastructure);
        associations.registered(choirId, RANA, "974760673", "Mo Songkor", "kor", "choir-admin");
        var concert = concert("Vårkonsert", SATURDAY_EVENING);
        events.published(concertId, RANA, new EventFacts(concert.title(),
            concert.description(), concert.hostingUnit(), List.of(choirId), List.of(), concert.venueId(),
            concert.venueName(), concert.venueAddress(), concert.startsAt(), concert.endsAt(), concert.audience(),
            List.of(), concert.priceNok(), concert.capacity(), concert.accessibility()));
        events.confirmed(concertId, RANA, 2, new Seats(20, 0, 120));
        events.published(readingId, RANA, readingHour("Eventyrstund", Instant.parse("2027-03-10T16:00:00Z")));
        var small = concert("Intimkonsert", Instant.parse("2027-03-20T18:00:00Z"));
        events.published(fullId, RANA, small);
        events.confirmed(fullId, RANA, 120, new Seats(120, 0, 120));
        events.waitlisted(fullId, RANA, 3, 1, new Seats(120, 3, 120));
        events.drafted(draftId, RANA, concert("Hemmelig utkast", SATURDAY_EVENING));
        events.updated(draftId, RANA, concert("Hemmelig utkast, endret", SATURDAY_EVENING));
        events.published(cancelledId, RANA, readingHour("Avlyst lesestund", Instant.parse("2027-03-11T16:00:00Z")));
        events.cancelled(cancelledId, RANA, "Forfatteren er syk.");
        events.published(elsewhereId, BODO, concert("Konsert i Bodø", SATURDAY_EVENING));
        eventually(() -> assertAll(
            () -> assertTrue(api("/api/events/" + cancelledId).contains("\"status\":\"cancelled\"")),
            () -> assertTrue(api("/api/events/" + fullId).contains("\"waiting\":3")),
            () -> assertTrue(api("/api/events/" + concertId).contains("\"confirmed\":20")),
            () -> assertEquals(200, gateway.get("/api/events/" + elsewhereId).statusCode())));
    }

    @AfterAll
    void stop() {
        associations.close();
        events.close();
        gateway.close();
    }

    @Test
    void aDraftNeverReachesTheCalendarNorDoItsUpdates() {
        assertAll(
            () -> assertEquals(404, gateway.get("/api/events/" + draftId).statusCode()),
            () -> assertFalse(api("/api/events?municipality=" + RANA + "&from=2027-03-01").contains("Hemmelig")),
            () -> assertEquals(404, gateway.get("/arrangementer/" + draftId).statusCode()));
    }

    @Test
    void aPublishedEventFollowsItsUpdatesAndStaysMarkedWhenCancelledOrCompleted() {
        var id = UUID.randomUUID().toString();
        events.published(id, RANA, readingHour("Lesestund", Instant.parse("2027-04-12T16:00:00Z")));
        events.updated(id, RANA, readingHour("Lesestund med Kari", Instant.parse("2027-04-12T16:00:00Z")));
        eventually(() -> assertTrue(api("/api/events/" + id).contains("\"title\":\"Lesestund med Kari\"")));
        var idea = UUID.randomUUID().toString();

        events.completed(id, RANA, List.of(idea));

        eventually(() -> assertTrue(api("/api/events/" + id).contains("\"status\":\"completed\"")));
        assertAll(
            () -> assertTrue(api("/api/events/" + id).contains(idea)),
            () -> assertTrue(api("/api/events/" + cancelledId).contains("\"cancellationReason\":\"Forfatteren er syk.\"")),
            () -> assertTrue(page("/kommuner/" + RANA + "/arrangementer?" + MARCH).contains("Avlyst")));
    }

    @Test
    void filtersTheCalendarByUnitAudienceDaysFreeSeatsAndAccessibility() {
        var march = "/api/events?municipality=" + RANA + "&from=2027-03-01&to=2027-03-31";
        assertAll(
            () -> assertEquals(List.of(readingId, cancelledId, fullId, concertId), ids(api(march))),
            () -> assertEquals(List.of(readingId, cancelledId), ids(api(march + "&unit=bibliotek"))),
            () -> assertEquals(List.of(readingId, cancelledId), ids(api(march + "&audience=barn"))),
            () -> assertEquals(List.of(readingId), ids(api(march.replace("to=2027-03-31", "to=2027-03-10")))),
            () -> assertEquals(List.of(readingId, concertId), ids(api(march + "&freeSeats=true"))),
            () -> assertEquals(List.of(fullId, concertId), ids(api(march + "&accessibility=step-free"
                + "&accessibility=hearing-loop"))),
            () -> assertEquals(List.of(), ids(api(march + "&accessibility=quiet-room"))),
            () -> assertFalse(api(march).contains(elsewhereId)),
            () -> assertTrue(page("/kommuner/" + RANA + "/arrangementer?" + MARCH + "&enhet=bibliotek&ledige=ja")
                .contains("/arrangementer/" + readingId)),
            () -> assertFalse(page("/kommuner/" + RANA + "/arrangementer?" + MARCH + "&enhet=bibliotek&ledige=ja")
                .contains("/arrangementer/" + concertId)));
    }

    @Test
    void refusesAFilterValueItDoesNotKnowNamingTheFilter() {
        var api = gateway.get("/api/events?municipality=" + RANA + "&unit=svommehall");
        var page = gateway.get("/kommuner/" + RANA + "/arrangementer?tilgjengelighet=heis");
        var day = gateway.get("/kommuner/" + RANA + "/arrangementer?fra=27.03.2027");
        assertAll(
            () -> assertEquals(400, api.statusCode()),
            () -> assertEquals(Optional.of("application/problem+json"), api.headers().firstValue("Content-Type")),
            () -> assertTrue(api.body().contains("\"field\":\"unit\""), api.body()),
            () -> assertEquals(400, gateway.get("/api/events?municipality=" + RANA + "&freeSeats=kanskje").statusCode()),
            () -> assertEquals(400, gateway.get("/api/events?municipality=Rana").statusCode()),
            () -> assertEquals(400, page.statusCode()),
            () -> assertTrue(page.body().contains("Vi kjenner ikke tilgjengelighetsvalget «heis»"), page.body()),
            () -> assertTrue(page.body().contains("href=\"#tilgjengelighet\"")),
            () -> assertEquals(400, day.statusCode()),
            () -> assertTrue(day.body().contains("«27.03.2027» er ikke en dato")),
            () -> assertTrue(day.body().contains("aria-describedby=\"fra-error\"")));
    }

    @Test
    void walksTheListFiftyAtATimeInStartOrderGivingEveryEventOnceWithTheFiltersKept() throws Exception {
        var many = "5001";
        execute("""
            insert into event_calendar (id, municipality, status, title, description, hosting_unit, starts_at, ends_at,
                                        audience, published_at, updated_at)
            select gen_random_uuid(), '5001', 'published', 'Lesestund ' || n, '',
                   case when n % 3 = 0 then 'kino' else 'bibliotek' end,
                   timestamptz '2027-05-01 10:00:00Z' + (n / 4) * interval '1 hour',
                   timestamptz '2027-05-01 11:00:00Z' + (n / 4) * interval '1 hour', 'alle',
                   timestamptz '2027-01-01 00:00:00Z', timestamptz '2027-01-01 00:00:00Z'
            from generate_series(1, 240) as n""");
        try {
            walkThePagesOf(many);
        } finally {
            execute("delete from event_calendar where municipality = '5001'");
        }
    }

    private void walkThePagesOf(String many) throws Exception {
        var expected = query("select id from event_calendar where municipality = '5001' and hosting_unit = 'bibliotek'"
            + " order by starts_at, id").stream().map(row -> row.substring(0, row.length() - 1)).toList();

        var walked = new ArrayList<String>();
        var sizes = new ArrayList<Integer>();
        var first = "/api/events?municipality=" + many + "&from=2027-05-01&unit=bibliotek";
        String next = null;
        do {
            var body = api(first + (next == null ? "" : "&after=" + next));
            sizes.add(ids(body).size());
            walked.addAll(ids(body));
            next = next(body);
        } while (next != null && sizes.size() < 10);

        var page = page("/kommuner/" + many + "/arrangementer?fra=2027-05-01&enhet=bibliotek");
        var link = page.substring(page.indexOf("href=\"", page.indexOf("id=\"calendar-paging\"")) + 6);
        var nextHref = link.substring(0, link.indexOf('"')).replace("&amp;", "&");
        var second = page(nextHref);
        assertAll(
            () -> assertEquals(160, expected.size()),
            () -> assertEquals(expected, walked),
            () -> assertEquals(List.of(50, 50, 50, 10), sizes),
            () -> assertTrue(nextHref.startsWith("/kommuner/5001/arrangementer?enhet=bibliotek&fra=2027-05-01&etter="),
                nextHref),
            () -> assertTrue(page.contains("rel=\"next\">Vis flere arrangementer</a>"), page),
            () -> assertTrue(page.contains("50 arrangementer på denne siden"), page),
            () -> assertTrue(second.contains("data-event-id=\"" + expected.get(50) + "\""), second),
            () -> assertFalse(second.contains("data-event-id=\"" + expected.get(49) + "\""), second),
            () -> assertTrue(second.contains(">Tilbake til de første</a>"), second),
            () -> assertTrue(page(nextHref + "&lang=nn").contains(">Vis fleire arrangement</a>")),
            () -> assertTrue(page(nextHref + "&lang=en").contains(">Show more events</a>")));
    }

    @Test
    void refusesACursorTheCalendarDidNotGiveOutNamingTheParameter() {
        var api = gateway.get("/api/events?municipality=" + RANA + "&after=bm90LWEtY3Vyc29y");
        var page = gateway.get("/kommuner/" + RANA + "/arrangementer?etter=%C3%B8");
        var anotherListsCursor = new PageCursor("associations", List.of("kor", UUID.randomUUID().toString())).encode();
        var anotherLists = gateway.get("/api/events?municipality=" + RANA + "&after=" + anotherListsCursor);
        var badTime = new PageCursor("calendar", List.of("i morgen", UUID.randomUUID().toString())).encode();
        assertAll(
            () -> assertEquals(400, api.statusCode()),
            () -> assertEquals(Optional.of("application/problem+json"), api.headers().firstValue("Content-Type")),
            () -> assertTrue(api.body().contains("\"field\":\"after\""), api.body()),
            () -> assertEquals(400, anotherLists.statusCode()),
            () -> assertTrue(anotherLists.body().contains("\"field\":\"after\""), anotherLists.body()),
            () -> assertEquals(400, gateway.get("/api/events?municipality=" + RANA + "&after=" + badTime).statusCode()),
            () -> assertEquals(400, page.statusCode()),
            () -> assertTrue(page.body().contains("Lenken til neste side er ikke en vi har laget"), page.body()),
            () -> assertTrue(page.body().contains("href=\"#event-count\""), page.body()));
    }

    @Test
    void showsTimesInNorwegianOnNorwegianPagesAndInEnglishOnEnglishOnes() {
        assertAll(
            () -> assertTrue(page("/kommuner/" + RANA + "/arrangementer?" + MARCH)
                .contains("lørdag 27. mars 2027 kl. 18.00–20.00"), page("/kommuner/" + RANA + "/arrangementer?" + MARCH)),
            () -> assertTrue(page("/kommuner/" + RANA + "/arrangementer?" + MARCH + "&lang=nn")
                .contains("laurdag 27. mars 2027 kl. 18.00–20.00")),
            () -> assertTrue(page("/kommuner/" + RANA + "/arrangementer?" + MARCH + "&lang=en")
                .contains("Saturday 27 March 2027 at 18:00–20:00")),
            () -> assertTrue(page("/kommuner/" + RANA + "/arrangementer?" + MARCH).contains("kr 150")),
            () -> assertTrue(page("/kommuner/" + RANA + "/arrangementer?" + MARCH).contains("Gratis")),
            () -> assertTrue(page("/kommuner/" + RANA + "/arrangementer?" + MARCH).contains("100 ledige plasser")),
            () -> assertTrue(page("/kommuner/" + RANA + "/arrangementer?" + MARCH).contains("Fullt, 3 på venteliste")));
    }

    @Test
    void theMonthViewPlacesEachEventOnItsDayAndLeadsToTheNeighbouringMonths() {
        var month = page("/kommuner/" + RANA + "/arrangementer?visning=maned&maned=2027-03&enhet=bibliotek");
        var cell = month.substring(month.indexOf("id=\"dag-2027-03-10\""));
        assertAll(
            () -> assertTrue(month.contains("<caption>Mars 2027</caption>"), month),
            () -> assertTrue(cell.substring(0, cell.indexOf("</td>")).contains("/arrangementer/" + readingId)),
            () -> assertFalse(month.contains("/arrangementer/" + concertId)),
            () -> assertTrue(month.contains("enhet=bibliotek&amp;visning=maned&amp;maned=2027-02")),
            () -> assertTrue(month.contains("enhet=bibliotek&amp;visning=maned&amp;maned=2027-04")),
            () -> assertTrue(month.contains("<th scope=\"col\">mandag</th>")),
            () -> assertEquals(400, gateway.get("/kommuner/" + RANA + "/arrangementer?visning=maned&maned=mars")
                .statusCode()));
    }

    @Test
    void theNavigationSendsASignedInPersonToTheirOwnMunicipalitysCalendar() {
        var forms = new FormPosts(gateway);
        var resident = forms.get(Person.ranaResident(), "/arrangementer");
        var visitor = gateway.get("/arrangementer");
        assertAll(
            () -> assertEquals(303, resident.statusCode()),
            () -> assertEquals(Optional.of("/kommuner/1833/arrangementer"), resident.headers().firstValue("Location")),
            () -> assertEquals(200, visitor.statusCode()),
            () -> assertTrue(page("/").contains("href=\"/arrangementer\"")));
    }

    @Test
    void aVisitorChoosesAmongTheMunicipalitiesCalendarsWhoseNamesAreText() {
        try (var municipalities = new MunicipalitiesOnKafka(infrastructure)) {
            municipalities.described("1820", "Alstahaug <script>alert(1)</script>", List.of());
        }

        eventually(() -> {
            var page = gateway.get("/arrangementer").body();
            assertAll(
                () -> assertTrue(page.contains("<h1 class=\"ds-heading\">Velg kommune</h1>"), page),
                () -> assertTrue(page.contains("<li><a class=\"ds-link\" href=\"/kommuner/1820/arrangementer\">"
                    + "Arrangementer i Alstahaug &lt;script&gt;alert(1)&lt;/script&gt;</a></li>"), page),
                () -> assertFalse(page.contains("<script>alert(1)"), page));
        });
    }

    @Test
    void publishedEventsAreOpenDataAsJsonAndCsvWithoutDrafts() {
        var json = gateway.get("/api/open-data/events.json?municipality=" + RANA);
        var csv = gateway.get("/api/open-data/events.csv?municipality=" + RANA);
        assertAll(
            () -> assertEquals(200, json.statusCode()),
            () -> assertTrue(json.body().contains("\"title\":\"Vårkonsert\""), json.body()),
            () -> assertTrue(json.body().contains("\"status\":\"cancelled\"")),
            () -> assertFalse(json.body().contains("Hemmelig")),
            () -> assertFalse(json.body().contains("Bodø")),
            () -> assertEquals(200, csv.statusCode()),
            () -> assertTrue(csv.body().contains("Vårkonsert")),
            () -> assertTrue(gateway.get("/api/open-data").body().contains("/api/open-data/events.csv")));
    }

    @Test
    void replayingTheTopicsRebuildsTheSameCalendarSeatsShiftsAndNames() throws Exception {
        var shift = UUID.randomUUID().toString();
        events.shiftCreated(concertId, RANA, shift, "Billettkontroll", 2, null);
        events.signedUp(concertId, RANA, shift, "volunteer-1", 1, 2);
        eventually(() -> assertTrue(api("/api/events/" + concertId + "/shifts").contains("\"filled\":1")));
        var before = snapshot();
        execute("update event_calendar set title = 'ødelagt', status = 'cancelled'");
        execute("delete from event_seats");
        execute("update event_shift set filled = 0");
        execute("delete from event_association");

        gateway.bean(ReadModelReplay.class).replay();

        eventually(Duration.ofSeconds(60), () -> assertEquals(before, snapshot()));
        assertTrue(before.stream().anyMatch(row -> row.contains("Mo Songkor")));
    }

    private List<String> snapshot() throws Exception {
        var rows = new ArrayList<String>();
        rows.addAll(query("select * from event_calendar order by id"));
        rows.addAll(query("select event_id, confirmed, waiting, capacity, changed_at from event_seats order by event_id"));
        rows.addAll(query("select * from event_shift order by id"));
        rows.addAll(query("select * from event_association order by id"));
        return rows;
    }

    private List<String> query(String sql) throws Exception {
        var rows = new ArrayList<String>();
        try (var connection = infrastructure.connect(gateway.schema());
             var result = connection.createStatement().executeQuery(sql)) {
            var columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                var row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(result.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private void execute(String sql) throws Exception {
        try (var connection = infrastructure.connect(gateway.schema()); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String api(String path) {
        return gateway.get(path, Map.of("Accept", "application/json")).body();
    }

    private String page(String path) {
        return gateway.get(path, Map.of("Accept", "text/html")).body();
    }

    private static String next(String json) {
        var at = json.indexOf("\"next\":\"");
        return at < 0 ? null : json.substring(at + 8, json.indexOf('"', at + 8));
    }

    private static List<String> ids(String json) {
        var ids = new ArrayList<String>();
        var at = 0;
        while ((at = json.indexOf("{\"id\":\"", at)) >= 0) {
            at += 7;
            ids.add(json.substring(at, json.indexOf('"', at)));
        }
        return ids;
    }
}
