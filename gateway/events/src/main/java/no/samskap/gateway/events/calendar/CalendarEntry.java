package no.samskap.gateway.events.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A public event as the calendar holds it. {@code priceNok} is null when it is free, {@code capacity} and
 * {@code freeSeats} null when there is no limit; {@code status} is {@code published}, {@code cancelled} or
 * {@code completed}.
 */
@Serdeable
public record CalendarEntry(String id, String municipality, String status, String title, String description,
                            String hostingUnit, List<String> coHostIds, List<String> ideaIds, @Nullable String venueId,
                            @Nullable String venueName, @Nullable String venueAddress, Instant startsAt,
                            Instant endsAt, String audience, List<String> targetGroups, @Nullable Integer priceNok,
                            @Nullable Integer capacity, int confirmed, int waiting, @Nullable Integer freeSeats,
                            List<String> accessibility, @Nullable String cancellationReason) {

    public boolean isOpen() {
        return "published".equals(status);
    }

    public boolean hasFreeSeats() {
        return freeSeats == null || freeSeats > 0;
    }
}
