package no.samskap.organisations.hours.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.organisations.hours.domain.EventShift;
import no.samskap.organisations.hours.domain.HoursEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Logged hours as the volunteer and their approvers see them. */
@Serdeable
record HoursView(String id, @Nullable String offerId, @Nullable String associationId, String volunteerId,
                 LocalDate date, double hours, String role, String note, String status, @Nullable String decidedBy,
                 @Nullable Instant decidedAt, @Nullable String rejectionReason, Instant loggedAt,
                 @Nullable String eventId, @Nullable String shiftId) {

    static HoursView of(HoursEntry entry) {
        var decision = entry.decision();
        var shift = Optional.ofNullable(entry.shift());
        var offer = Optional.ofNullable(entry.offerId()).map(UUID::toString).orElse(null);
        return new HoursView(entry.id().toString(), offer,
            entry.associationId() == null ? null : entry.associationId().toString(), entry.volunteerId(),
            entry.date(), entry.hours(), entry.role(), entry.note(), entry.status().code(),
            decision == null ? null : decision.by(), decision == null ? null : decision.at(),
            decision == null || decision.reason().isEmpty() ? null : decision.reason(), entry.loggedAt(),
            shift.map(EventShift::eventId).map(UUID::toString).orElse(null),
            shift.map(EventShift::shiftId).map(UUID::toString).orElse(null));
    }
}
