package no.samskap.events.registrations.api;

import no.samskap.events.EventFixtures;
import no.samskap.events.EventsApplication;
import no.samskap.events.registrations.Registrants;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hundreds of people register for an event with a few dozen seats at the same moment, through the running service
 * and real PostgreSQL; then many of those with seats cancel at once. Seats are never overbooked, nobody is lost,
 * and every freed seat goes to exactly one waiting person, in the order they joined the line.
 */
@ServiceUnderTest(EventsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationConcurrencyIT {

    private static final int SEATS = 30;
    private static final int PEOPLE = 300;
    private static final int CANCELLING = 20;
    private static final Duration BOUND = Duration.ofSeconds(90);

    private ApplicationUnderTest events;
    private EventFixtures fixtures;
    private Registrants registrants;
    private HttpClient http;
    private ExecutorService pool;

    @BeforeAll
    void start(ApplicationUnderTest events, TestInfrastructure infrastructure) {
        this.events = events;
        this.fixtures = new EventFixtures(events, infrastructure);
        this.registrants = new Registrants(events, fixtures);
        this.pool = Executors.newFixedThreadPool(100);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    void stop() {
        pool.shutdownNow();
        fixtures.close();
    }

    @Test
    void concurrentRegistrationsFillTheSeatsExactlyAndConcurrentCancellationsPromoteEachWaitingPersonOnce()
        throws Exception {
        var id = fixtures.published(SEATS);
        var people = IntStream.range(0, PEOPLE).mapToObj(n -> "crowd-" + n + "-" + id.substring(0, 8)).toList();

        var answers = all(people.stream().map(person -> call("POST", id, person, "{\"companions\":0}")).toList());

        assertEquals(List.of(201), answers.stream().distinct().toList(), "every registration was answered 201");
        assertEquals(SEATS, count(id, "confirmed"));
        assertEquals(PEOPLE - SEATS, count(id, "waiting"));
        assertEquals(PEOPLE, fixtures.count("select count(*) from outbox_message where message_key = '" + id
            + "' and message_type in ('registration-confirmed', 'registration-waitlisted')"));
        var line = waitlist(id);
        var seated = seated(id).subList(0, CANCELLING);

        var cancellations = all(seated.stream().map(person -> call("DELETE", id, person, null)).toList());

        assertEquals(List.of(200), cancellations.stream().distinct().toList());
        assertEquals(SEATS, count(id, "confirmed"));
        assertEquals(PEOPLE - SEATS - CANCELLING, count(id, "waiting"));
        assertEquals(line.subList(0, CANCELLING).stream().sorted().toList(), promoted(id).stream().sorted().toList(),
            "the first in line, and only they, were promoted");
        assertEquals(CANCELLING, fixtures.count("select count(*) from outbox_message where message_key = '" + id
            + "' and message_type = 'registration-promoted'"));
        assertEquals(CANCELLING, fixtures.count("select count(distinct message_key) from outbox_message "
            + "where message_type = 'person-notified' and message_key like 'crowd-%-" + id.substring(0, 8) + "'"));
        assertEquals(CANCELLING, fixtures.count("select count(*) from outbox_message where message_type = "
            + "'person-notified' and message_key like 'crowd-%-" + id.substring(0, 8) + "'"));
        assertEquals(line.subList(CANCELLING, line.size()), waitlist(id), "the rest kept their order");
        assertEquals(SEATS, registrants.seats(id).get("confirmed"));
        assertEquals(PEOPLE - SEATS - CANCELLING, registrants.seats(id).get("waiting"));
    }

    @Test
    void aPersonWhoRegistersSeveralTimesAtOnceGetsOnePlaceWhileEveryoneElseInTheLineGetsTheirs() throws Exception {
        var id = fixtures.published(SEATS);
        var twice = "eager-" + id.substring(0, 8);
        var others = IntStream.range(0, 40).mapToObj(n -> "calm-" + n + "-" + id.substring(0, 8)).toList();
        var calls = new ArrayList<Callable<Integer>>();
        others.forEach(person -> calls.add(call("POST", id, person, "{\"companions\":0}")));
        for (int n = 0; n < 5; n++) {
            calls.add(20 + n * 4, call("POST", id, twice, "{\"companions\":0}"));
        }

        var answers = all(calls);

        var eager = List.of(answers.get(20), answers.get(24), answers.get(28), answers.get(32), answers.get(36));
        assertEquals(List.of(201, 409, 409, 409, 409), eager.stream().sorted().toList());
        var calm = new ArrayList<>(answers);
        List.of(36, 32, 28, 24, 20).forEach(index -> calm.remove((int) index));
        assertEquals(List.of(201), calm.stream().distinct().toList());
        assertEquals(SEATS, count(id, "confirmed"));
        assertEquals(41 - SEATS, count(id, "waiting"));
        assertEquals(1, fixtures.count("select count(*) from registration where event_id = '" + id
            + "' and person_id = '" + twice + "'"));
    }

    private Callable<Integer> call(String method, String eventId, String person, String body) {
        var path = "POST".equals(method) ? "/registrations" : "/registrations/mine";
        var request = HttpRequest.newBuilder(URI.create(events.server().getURL() + "/events/" + eventId + path))
            .timeout(BOUND).header("Authorization", "Bearer " + registrants.token(person))
            .header("Content-Type", "application/json")
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build();
        return () -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Starts every call at once and waits for them within the bound; a call that hangs fails the test. */
    private List<Integer> all(List<Callable<Integer>> calls) throws Exception {
        var futures = pool.invokeAll(calls, BOUND.toSeconds(), TimeUnit.SECONDS);
        var answers = new ArrayList<Integer>();
        for (Future<Integer> future : futures) {
            answers.add(future.get());
        }
        return answers;
    }

    private long count(String eventId, String status) {
        return fixtures.count("select count(*) from registration where event_id = '" + eventId + "' and status = '"
            + status + "'");
    }

    private List<String> waitlist(String eventId) {
        return people("select person_id from registration where event_id = '" + eventId
            + "' and status = 'waiting' order by seq");
    }

    private List<String> seated(String eventId) {
        return people("select person_id from registration where event_id = '" + eventId
            + "' and status = 'confirmed' order by seq");
    }

    private List<String> promoted(String eventId) {
        return people("select r.person_id from registration r join outbox_message m on m.message_key = '" + eventId
            + "' and m.message_type = 'registration-promoted' and m.envelope like '%' || r.id || '%' "
            + "where r.event_id = '" + eventId + "'");
    }

    private List<String> people(String query) {
        try (var connection = events.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery(query)) {
            var people = new ArrayList<String>();
            while (rows.next()) {
                people.add(rows.getString(1));
            }
            return people;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
