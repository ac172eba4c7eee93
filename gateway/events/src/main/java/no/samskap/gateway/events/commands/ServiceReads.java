package no.samskap.gateway.events.commands;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import no.samskap.gateway.events.service.EventsClient;
import no.samskap.gateway.shell.services.ServiceCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's own registrations and shifts, asked live of the events service with their token: no message names who
 * registered. When the service does not answer, the page goes without them and says so.
 */
@Singleton
public final class ServiceReads {

    /** What the service said: the value, or none with the status (404 when there is none, 503 when it was down). */
    public record Answered<T>(Optional<T> value, int status) {

        public boolean unavailable() {
            return status >= 500;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ServiceReads.class);
    private static final Duration PATIENCE = Duration.ofSeconds(12);

    private final EventsClient events;
    private final JsonMapper json;

    ServiceReads(EventsClient events, JsonMapper json) {
        this.events = events;
        this.json = json;
    }

    public Answered<MyStanding.Registration> registrationFor(String accessToken, UUID event) {
        return read("/events/" + event + "/registrations/mine", accessToken, Argument.of(MyStanding.Registration.class));
    }

    public Answered<List<MyStanding.Registration>> registrations(String accessToken) {
        return read("/me/registrations", accessToken, Argument.listOf(MyStanding.Registration.class));
    }

    public Answered<List<MyStanding.Shift>> shifts(String accessToken) {
        return read("/me/shifts", accessToken, Argument.listOf(MyStanding.Shift.class));
    }

    /**
     * The offers of help the event carried over from its idea, asked with the viewer's token when signed in (null
     * otherwise): the service shows its organisers every offer and anyone else only the associations' offers.
     */
    public Answered<List<HelpOffer>> helpOffers(@Nullable String accessToken, UUID event) {
        return read("/events/" + event + "/help-offers", accessToken, Argument.listOf(HelpOffer.class));
    }

    /**
     * An accepted offer of help; {@code associationId} null for a volunteer's own, {@code hours} and
     * {@code description} null unless the viewer organises the event.
     */
    @Serdeable
    public record HelpOffer(String offerId, @Nullable String associationId, String kind, @Nullable Double hours,
                            @Nullable String description) {
    }

    /** A public JSON answer of the service, such as a venue's room calendar, asked without anyone's token. */
    public <T> Answered<T> everyone(String path, Argument<T> type) {
        return read(path, null, type);
    }

    /** A public file of the service, such as an iCalendar file, passed on as it is. */
    public Answered<byte[]> file(String path) {
        try {
            var answer = events.send(new ServiceCall(HttpMethod.GET, path, Optional.empty(), null)).block(PATIENCE);
            if (answer == null || !answer.succeeded()) {
                return new Answered<>(Optional.empty(), answer == null ? 503 : answer.status());
            }
            return new Answered<>(Optional.of(answer.body()), answer.status());
        } catch (RuntimeException failure) {
            LOG.warn("Could not read {} from the events service ({}).", path, failure.getMessage());
            return new Answered<>(Optional.empty(), 503);
        }
    }

    private <T> Answered<T> read(String path, @Nullable String accessToken, Argument<T> type) {
        try {
            var answer = events.send(new ServiceCall(HttpMethod.GET, path, Optional.empty(), accessToken))
                .block(PATIENCE);
            if (answer == null) {
                return new Answered<>(Optional.empty(), 503);
            }
            if (!answer.succeeded()) {
                return new Answered<>(Optional.empty(), answer.status());
            }
            return new Answered<>(Optional.ofNullable(json.readValue(answer.body(), type)), answer.status());
        } catch (IOException | RuntimeException failure) {
            LOG.warn("Could not read {} from the events service ({}); the page goes without it.", path,
                failure.getMessage());
            return new Answered<>(Optional.empty(), 503);
        }
    }
}
