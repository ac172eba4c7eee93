package no.samskap.events.registrations;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import no.samskap.events.EventFixtures;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.TestTokens;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static no.samskap.events.EventFixtures.RANA;

/** Residents registering for events through the service's API, and what the service stored and sent about it. */
public final class Registrants {

    private final TestTokens tokens = TestTokens.shared();
    private final ApplicationUnderTest events;
    private final EventFixtures fixtures;

    public Registrants(ApplicationUnderTest events, EventFixtures fixtures) {
        this.events = events;
        this.fixtures = fixtures;
    }

    public String token(String person) {
        return tokens.resident(person, RANA);
    }

    /** The person registers with companions; their registration as the service answered it. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> register(String eventId, String person, int companions) {
        return events.client().toBlocking().retrieve(registration(eventId, person, companions), Map.class);
    }

    public HttpRequest<?> registration(String eventId, String person, int companions) {
        return HttpRequest.POST("/events/" + eventId + "/registrations", Map.of("companions", companions))
            .bearerAuth(token(person));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> cancel(String eventId, String person) {
        return events.client().toBlocking().retrieve(cancellation(eventId, person), Map.class);
    }

    public HttpRequest<?> cancellation(String eventId, String person) {
        return HttpRequest.DELETE("/events/" + eventId + "/registrations/mine").bearerAuth(token(person));
    }

    /** The person's registration for the event, or null when they have none. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> mine(String eventId, String person) {
        try {
            return events.client().toBlocking().retrieve(HttpRequest.GET("/events/" + eventId
                + "/registrations/mine").bearerAuth(token(person)), Map.class);
        } catch (HttpClientResponseException notFound) {
            if (notFound.code() == 404) {
                return null;
            }
            throw notFound;
        }
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> seats(String eventId) {
        return events.client().toBlocking().retrieve(HttpRequest.GET("/events/" + eventId + "/seats"), Map.class);
    }

    /** The envelopes (JSON) in the outbox with this key and type, oldest first. */
    public List<String> outbox(String key, String type) {
        try (var connection = events.connect(); var statement = connection.prepareStatement(
            "select envelope from outbox_message where message_key = ? and message_type = ? order by seq")) {
            statement.setString(1, key);
            statement.setString(2, type);
            var envelopes = new ArrayList<String>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    envelopes.add(rows.getString(1));
                }
            }
            return envelopes;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves the event's start to a moment ago, as if time had passed; the end stays ahead. */
    public void started(String eventId) {
        fixtures.execute("update event set starts_at = now() - interval '1 minute', "
            + "ends_at = now() + interval '2 hours' where id = '" + eventId + "'");
    }
}
