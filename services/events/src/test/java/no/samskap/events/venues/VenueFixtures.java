package no.samskap.events.venues;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import no.samskap.events.EventFixtures;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.TestTokens;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Venues and applications made through the service's own routes, as staff and association admins would. */
public final class VenueFixtures {

    /** A JSON array of objects, as list routes answer. */
    public static final Argument<List<Map<String, Object>>> ROWS = Argument.listOf(Argument.mapOf(String.class,
        Object.class));

    private final TestTokens tokens = TestTokens.shared();
    private final ApplicationUnderTest events;
    private final EventFixtures fixtures;

    public VenueFixtures(ApplicationUnderTest events, EventFixtures fixtures) {
        this.events = events;
        this.fixtures = fixtures;
    }

    public static Map<String, Object> venueBody(String name, boolean lent) {
        var body = new HashMap<String, Object>();
        body.put("name", name);
        body.put("address", "Ole Tobias Olsens gate 3, 8622 Mo i Rana");
        body.put("capacity", 120);
        body.put("accessibility", List.of("step-free", "hearing-loop"));
        body.put("lent", lent);
        return body;
    }

    /** A venue of Rana created by its staff; its id. */
    public String venue(String name, boolean lent) {
        return (String) events.client().toBlocking().retrieve(HttpRequest.POST("/venues", venueBody(name, lent))
            .bearerAuth(fixtures.staffToken()), Map.class).get("id");
    }

    /** An application body for the hours from {@code start} to {@code end}. */
    public static Map<String, Object> oneOff(String venueId, String associationId, Instant start, Instant end) {
        var body = new HashMap<String, Object>();
        body.put("venueId", venueId);
        body.put("associationId", associationId);
        body.put("purpose", "Korøvelse for medlemmene");
        body.put("childrenAndYouth", false);
        body.put("startsAt", start.toString());
        body.put("endsAt", end.toString());
        return body;
    }

    /** Whole hours from now, so that tests of one class never share a time by accident. */
    public static Instant daysAhead(int days, int hour) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(days, ChronoUnit.DAYS).plus(hour, ChronoUnit.HOURS);
    }

    /** The admin's application; its id. */
    public String applied(String adminId, Map<String, Object> body) {
        return (String) events.client().toBlocking().retrieve(HttpRequest.POST("/room-bookings", body)
            .bearerAuth(tokens.resident(adminId, EventFixtures.RANA)), Map.class).get("id");
    }

    public int approve(String bookingId) {
        return events.statusOf(HttpRequest.POST("/room-bookings/" + bookingId + "/approval", Map.of())
            .bearerAuth(fixtures.staffToken()));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> booking(String bookingId) {
        return events.client().toBlocking().retrieve(HttpRequest.GET("/room-bookings/" + bookingId)
            .bearerAuth(fixtures.staffToken()), Map.class);
    }

    public List<Map<String, Object>> calendar(String venueId, String query) {
        return events.client().toBlocking().retrieve(HttpRequest.GET("/venues/" + venueId + "/calendar" + query),
            ROWS);
    }
}
