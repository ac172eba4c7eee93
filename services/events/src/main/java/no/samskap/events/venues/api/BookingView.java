package no.samskap.events.venues.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.events.venues.application.BookingListing;
import no.samskap.events.venues.domain.Occurrence;
import no.samskap.events.venues.domain.Schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A booking as its association's admins and the municipality's staff see it. {@code startsAt} and {@code endsAt}
 * are the first occurrence; a weekly slot also has its weekday, local times and dates, and {@code occurrences}
 * lists every time it takes the room. {@code collidesWith} names pending applications that want the same time;
 * {@code clashesWith} names approved bookings that would make approval fail.
 */
@Serdeable
public record BookingView(String id, String venueId, String venueName, String municipality,
                          @Nullable String associationId, @Nullable String associationName, @Nullable String eventId,
                          @Nullable String eventTitle, String purpose, boolean childrenAndYouth, String kind,
                          Instant startsAt, Instant endsAt, @Nullable String weekday, @Nullable String startTime,
                          @Nullable String endTime, @Nullable LocalDate fromDate, @Nullable LocalDate untilDate,
                          List<OccurrenceView> occurrences, String status, @Nullable String decisionReason,
                          @Nullable String cancellationReason, Instant appliedAt, @Nullable Instant decidedAt,
                          List<String> collidesWith, List<String> clashesWith, long version) {

    @Serdeable
    public record OccurrenceView(Instant startsAt, Instant endsAt) {
    }

    static BookingView of(BookingListing listing) {
        var b = listing.booking();
        var first = b.schedule().first();
        var weekly = b.schedule().weekly();
        return new BookingView(b.id().toString(), b.venueId().toString(), listing.venueName(),
            b.municipality().value(), text(b.holder().associationId()), listing.associationName(),
            text(b.holder().eventId()), listing.eventTitle(), b.purpose(), b.childrenAndYouth(),
            weekly.isPresent() ? "weekly" : "one-off", first.startsAt(), first.endsAt(),
            weekly.map(slot -> slot.weekday().name().toLowerCase(Locale.ROOT)).orElse(null),
            weekly.map(slot -> slot.startTime().toString()).orElse(null),
            weekly.map(slot -> slot.endTime().toString()).orElse(null),
            weekly.map(Schedule.Weekly::fromDate).orElse(null), weekly.map(Schedule.Weekly::untilDate).orElse(null),
            b.schedule().occurrences().stream().map(BookingView::occurrence).toList(), b.status().code(),
            b.decisionReason(), b.cancellationReason(), b.appliedAt(), b.decidedAt(),
            listing.collidesWith().stream().map(UUID::toString).toList(),
            listing.clashesWith().stream().map(UUID::toString).toList(), b.version());
    }

    private static OccurrenceView occurrence(Occurrence occurrence) {
        return new OccurrenceView(occurrence.startsAt(), occurrence.endsAt());
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
