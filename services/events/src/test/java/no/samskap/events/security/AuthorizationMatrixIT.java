package no.samskap.events.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.web.router.Router;
import no.samskap.events.EventFixtures;
import no.samskap.events.EventsApplication;
import no.samskap.events.venues.VenueFixtures;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.AuthorizationMatrix;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static no.samskap.events.EventFixtures.RANA;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks every route of the service against the written table in {@code authorization-matrix.txt}. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    private static final String COHOST_ADMIN = "matrix-cohost-admin";
    private static final String ADMIN_ELSEWHERE = "matrix-admin-elsewhere";
    private static final String RESIDENT = "matrix-resident";
    private static final String VOLUNTEER = "matrix-volunteer";

    private final TestTokens tokens = TestTokens.shared();
    private final AuthorizationMatrix matrix = AuthorizationMatrix.read("/authorization-matrix.txt");
    private ApplicationUnderTest events;
    private EventFixtures fixtures;
    private String coHost;
    private VenueFixtures venues;
    private Map<String, Supplier<MutableHttpRequest<?>>> requests;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        events = ApplicationUnderTest.start(EventsApplication.class, infrastructure, Map.of());
        fixtures = new EventFixtures(events, infrastructure);
        coHost = fixtures.verifiedAssociation(COHOST_ADMIN, RANA);
        fixtures.verifiedAssociation(ADMIN_ELSEWHERE, RANA);
        venues = new VenueFixtures(events, fixtures);
        requests = Map.ofEntries(
            Map.entry("POST /events", () -> HttpRequest.POST("/events", coHosted())),
            Map.entry("GET /events", () -> HttpRequest.GET("/events?municipality=" + RANA)),
            Map.entry("GET /events/{id}", () -> HttpRequest.GET("/events/" + draft())),
            Map.entry("PATCH /events/{id}", () -> HttpRequest.PATCH("/events/" + published(), coHosted())),
            Map.entry("POST /events/{id}/publication", () -> HttpRequest.POST("/events/" + draft()
                + "/publication", "")),
            Map.entry("POST /events/{id}/cancellation", () -> HttpRequest.POST("/events/" + published()
                + "/cancellation", Map.of("reason", "Salen er stengt."))),
            Map.entry("POST /events/{id}/completion", () -> HttpRequest.POST("/events/" + started()
                + "/completion", "")),
            Map.entry("POST /events/{id}/shifts", () -> HttpRequest.POST("/events/" + published() + "/shifts",
                shiftBody(60))),
            Map.entry("GET /events/{id}/shifts", () -> HttpRequest.GET("/events/" + published() + "/shifts")),
            Map.entry("PATCH /shifts/{id}", () -> HttpRequest.PATCH("/shifts/" + shift(), Map.of("needed", 3))),
            Map.entry("POST /shifts/{id}/sign-ups", () -> HttpRequest.POST("/shifts/" + shift() + "/sign-ups",
                Map.of())),
            Map.entry("DELETE /shifts/{id}/sign-ups/mine", () -> HttpRequest.DELETE("/shifts/"
                + shiftEveryoneSignedUpFor() + "/sign-ups/mine")),
            Map.entry("POST /shifts/{id}/sign-ups/mine/absence", () -> HttpRequest.POST("/shifts/"
                + shiftEveryoneSignedUpFor() + "/sign-ups/mine/absence", Map.of("kind", "ill", "note", "Feber"))),
            Map.entry("GET /shifts/{id}/sign-ups", () -> HttpRequest.GET("/shifts/" + shift() + "/sign-ups")),
            Map.entry("POST /shifts/{id}/sign-ups/{personId}/check-in", () -> HttpRequest.POST("/shifts/"
                + shiftWithVolunteer() + "/sign-ups/" + VOLUNTEER + "/check-in", "")),
            Map.entry("GET /me/shifts", () -> HttpRequest.GET("/me/shifts")),
            Map.entry("GET /events/{id}.ics", () -> HttpRequest.GET("/events/" + published() + ".ics")),
            Map.entry("GET /calendars/{municipality}.ics", () -> HttpRequest.GET("/calendars/" + RANA + ".ics")),
            Map.entry("POST /ideas/{ideaId}/event", () -> HttpRequest.POST("/ideas/" + fixtures.acceptedIdea(RANA,
                "bibliotek", "Lesesirkel for ungdom", "Vi leser og snakker om bøker.") + "/event", "{}")),
            Map.entry("GET /events/{id}/help-offers", () -> HttpRequest.GET("/events/" + draft() + "/help-offers")),
            Map.entry("POST /events/{id}/registrations", () -> HttpRequest.POST("/events/" + published()
                + "/registrations", Map.of("companions", 1))),
            Map.entry("GET /events/{id}/registrations/mine", () -> HttpRequest.GET("/events/" + registeredByAll()
                + "/registrations/mine")),
            Map.entry("DELETE /events/{id}/registrations/mine", () -> HttpRequest.DELETE("/events/"
                + registeredByAll() + "/registrations/mine")),
            Map.entry("GET /events/{id}/registrations", () -> HttpRequest.GET("/events/" + published()
                + "/registrations")),
            Map.entry("POST /events/{id}/registrations/{registrationId}/check-in", () -> {
                var id = published();
                return HttpRequest.POST("/events/" + id + "/registrations/" + register(id, tokens.resident(
                    "matrix-registrant", RANA)) + "/check-in", "");
            }),
            Map.entry("POST /events/{id}/walk-ins", () -> HttpRequest.POST("/events/" + started() + "/walk-ins",
                Map.of("personId", "matrix-walk-in", "displayName", "Kari Nordmann"))),
            Map.entry("GET /events/{id}/seats", () -> HttpRequest.GET("/events/" + draft() + "/seats")),
            Map.entry("GET /me/registrations", () -> HttpRequest.GET("/me/registrations")),
            Map.entry("GET /co-hosts", () -> HttpRequest.GET("/co-hosts?municipality=" + RANA)),
            Map.entry("POST /venues", () -> HttpRequest.POST("/venues", VenueFixtures.venueBody("Matrisesalen",
                true))),
            Map.entry("GET /venues", () -> HttpRequest.GET("/venues?municipality=" + RANA)),
            Map.entry("GET /venues/{id}", () -> HttpRequest.GET("/venues/" + venues.venue("Matrisesalen", true))),
            Map.entry("PATCH /venues/{id}", () -> HttpRequest.PATCH("/venues/" + venues.venue("Matrisesalen", true),
                VenueFixtures.venueBody("Matrisesalen", false))),
            Map.entry("GET /venues/{id}/calendar", () -> HttpRequest.GET("/venues/" + venues.venue("Matrisesalen",
                true) + "/calendar")),
            Map.entry("POST /room-bookings", () -> HttpRequest.POST("/room-bookings", application())),
            Map.entry("GET /room-bookings", () -> HttpRequest.GET("/room-bookings?associationId=" + coHost)),
            Map.entry("GET /room-bookings/{id}", () -> HttpRequest.GET("/room-bookings/" + applied())),
            Map.entry("POST /room-bookings/{id}/approval", () -> HttpRequest.POST("/room-bookings/" + applied()
                + "/approval", Map.of())),
            Map.entry("POST /room-bookings/{id}/decline", () -> HttpRequest.POST("/room-bookings/" + applied()
                + "/decline", Map.of("reason", "Rommet er opptatt."))),
            Map.entry("POST /room-bookings/{id}/cancellation", () -> HttpRequest.POST("/room-bookings/" + applied()
                + "/cancellation", Map.of("reason", "Vi trenger det ikke likevel."))),
            Map.entry("GET /persons/me/data", () -> HttpRequest.GET("/persons/me/data")),
            Map.entry("GET /openapi/events.yml", () -> HttpRequest.GET("/openapi/events.yml")),
            Map.entry("GET /health", () -> HttpRequest.GET("/health")),
            Map.entry("GET /health/{selector}", () -> HttpRequest.GET("/health/liveness")),
            Map.entry("GET /prometheus", () -> HttpRequest.GET("/prometheus").accept(MediaType.TEXT_PLAIN_TYPE)));
    }

    @AfterAll
    void stop() {
        fixtures.close();
        events.close();
    }

    @Test
    void everyRouteTheServiceServesHasARowAndARequest() {
        var served = events.server().getApplicationContext().getBean(Router.class).uriRoutes()
            .filter(route -> !"HEAD".equals(route.getHttpMethodName()))
            .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
            .collect(Collectors.toSet());

        assertEquals(served, matrix.routes(), "routes served vs. rows in authorization-matrix.txt");
        assertEquals(served, requests.keySet(), "routes served vs. requests this test knows how to make");
    }

    @TestFactory
    Stream<DynamicTest> everyPersonaGetsWhatTheTableSays() {
        return matrix.cells().map(cell -> DynamicTest.dynamicTest(cell.persona() + " " + cell.route() + " -> "
                + cell.status(),
            () -> assertEquals(cell.status(), events.statusOf(withToken(requests.get(cell.route()).get(),
                tokenFor(cell.persona()))), cell.persona() + " on " + cell.route())));
    }

    private Map<String, Object> coHosted() {
        var body = EventFixtures.eventBody();
        body.put("coHostIds", List.of(coHost));
        return body;
    }

    /** An application of the co-host's association for a fresh lent venue of Rana, in ten days. */
    private Map<String, Object> application() {
        var start = VenueFixtures.daysAhead(10, 16);
        return VenueFixtures.oneOff(venues.venue("Matrisesalen", true), coHost, start, start.plusSeconds(3_600));
    }

    private String applied() {
        return venues.applied(COHOST_ADMIN, application());
    }

    private String draft() {
        return fixtures.draft(coHosted());
    }

    private String published() {
        var id = draft();
        fixtures.client().toBlocking().exchange(HttpRequest.POST("/events/" + id + "/publication", "")
            .bearerAuth(fixtures.staffToken()));
        return id;
    }

    /** A published event every persona of 1833 registered for. */
    private String registeredByAll() {
        var id = published();
        Stream.of("resident", "cohost-admin", "admin-elsewhere", "staff", "admin")
            .forEach(persona -> register(id, tokenFor(persona).orElseThrow()));
        return id;
    }

    /** The registration's id. */
    private String register(String eventId, String token) {
        return (String) fixtures.client().toBlocking().retrieve(HttpRequest.POST("/events/" + eventId
            + "/registrations", Map.of()).bearerAuth(token), Map.class).get("id");
    }

    /** A published event moved to have begun an hour ago, as if time had passed. */
    private String started() {
        var id = published();
        fixtures.execute("update event set starts_at = now() - interval '1 hour', ends_at = now() + interval "
            + "'1 hour' where id = '" + id + "'");
        return id;
    }

    private Map<String, Object> shiftBody(long minutesFromNow) {
        var starts = Instant.now().plus(minutesFromNow, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        return Map.of("role", "Garderobe", "startsAt", starts.toString(), "endsAt",
            starts.plus(2, ChronoUnit.HOURS).toString(), "needed", 10, "teamLeaderId", RESIDENT);
    }

    /** A shift starting in an hour at a fresh published event, led by the resident; its id. */
    private String shift() {
        return (String) fixtures.client().toBlocking().retrieve(HttpRequest.POST("/events/" + published()
            + "/shifts", shiftBody(60)).bearerAuth(fixtures.staffToken()), Map.class).get("id");
    }

    private String shiftWithVolunteer() {
        var shift = shift();
        signUp(shift, tokens.resident(VOLUNTEER, RANA));
        return shift;
    }

    private String shiftEveryoneSignedUpFor() {
        var shift = shift();
        matrix.cells().map(AuthorizationMatrix.Cell::persona).distinct().map(this::tokenFor)
            .flatMap(Optional::stream).forEach(token -> signUp(shift, token));
        return shift;
    }

    private void signUp(String shift, String token) {
        fixtures.client().toBlocking().exchange(HttpRequest.POST("/shifts/" + shift + "/sign-ups", Map.of())
            .bearerAuth(token));
    }

    private Optional<String> tokenFor(String persona) {
        return switch (persona) {
            case "anonymous" -> Optional.empty();
            case "resident" -> Optional.of(tokens.resident(RESIDENT, RANA));
            case "cohost-admin" -> Optional.of(tokens.resident(COHOST_ADMIN, RANA));
            case "admin-elsewhere" -> Optional.of(tokens.resident(ADMIN_ELSEWHERE, RANA));
            case "staff" -> Optional.of(tokens.staff("matrix-staff", RANA));
            case "staff-elsewhere" -> Optional.of(tokens.staff("matrix-staff-elsewhere", EventFixtures.ULLENSVANG));
            case "admin" -> Optional.of(tokens.admin("matrix-admin", RANA));
            default -> throw new IllegalArgumentException("No persona " + persona + " in this test");
        };
    }

    private static HttpRequest<?> withToken(MutableHttpRequest<?> request, Optional<String> token) {
        return token.isEmpty() ? request : request.bearerAuth(token.get());
    }
}
