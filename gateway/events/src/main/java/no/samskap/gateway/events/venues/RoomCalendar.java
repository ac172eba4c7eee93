package no.samskap.gateway.events.venues;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import no.samskap.gateway.events.commands.ServiceReads;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A room's public calendar, asked of the events service: it alone repeats weekly bookings on Norwegian wall-clock
 * time across daylight-saving changes and knows which events are published, so the gateway does not keep a second
 * copy of those rules. It names an association, never a person, and never what the association needs the room for.
 */
@Singleton
class RoomCalendar {

    /** A time the room is taken: by an association (with its public name) or by a published event. */
    @Serdeable
    public record Taken(String bookingId, Instant startsAt, Instant endsAt, String kind,
                        @Nullable String associationName, @Nullable String eventId, @Nullable String eventTitle) {
    }

    private final ServiceReads reads;

    RoomCalendar(ServiceReads reads) {
        this.reads = reads;
    }

    /** From the first day up to and including the last; empty when the service did not answer. */
    Optional<List<Taken>> between(UUID venue, LocalDate first, LocalDate last) {
        var answer = reads.everyone("/venues/" + venue + "/calendar?from=" + first + "&to=" + last,
            Argument.listOf(Taken.class));
        return answer.value();
    }
}
