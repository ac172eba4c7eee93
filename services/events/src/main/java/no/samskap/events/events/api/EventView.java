package no.samskap.events.events.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.events.events.domain.Event;
import no.samskap.events.events.domain.VenueFacts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An event as the API shows it; times are instants (UTC), shown by readers in Europe/Oslo. */
@Serdeable
public record EventView(String id, String municipality, String status, String title, String description,
                        String hostingUnit, List<String> coHostIds, List<String> ideaIds, @Nullable String venueId,
                        @Nullable String venueName, @Nullable String venueAddress, Instant startsAt, Instant endsAt,
                        String audience, List<String> targetGroups, @Nullable Integer priceNok,
                        @Nullable Integer capacity, List<String> accessibility, @Nullable String cancellationReason,
                        Instant createdAt, long version) {

    public static EventView of(Event event) {
        var d = event.description();
        var venue = Optional.ofNullable(d.venue());
        return new EventView(event.id().toString(), event.municipality().value(), event.status().code(), d.title(),
            d.description(), d.hostingUnit(), d.coHostIds().stream().map(UUID::toString).toList(),
            d.ideaIds().stream().map(UUID::toString).toList(), venue.map(VenueFacts::id).map(UUID::toString)
            .orElse(null), venue.map(VenueFacts::name).orElse(null), venue.map(VenueFacts::address).orElse(null),
            d.startsAt(), d.endsAt(), d.audience(), d.targetGroups(), d.price().nok(), d.capacity(),
            d.allAccessibility(), event.cancellationReason(), event.createdAt(), event.version());
    }
}
