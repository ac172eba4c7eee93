package no.samskap.organisations.hours.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.organisations.hours.domain.HoursEntry;

import java.time.Instant;
import java.time.LocalDate;

/** Logged hours as the volunteer and their approvers see them. */
@Serdeable
record HoursView(String id, String offerId, @Nullable String associationId, String volunteerId, LocalDate date,
                 double hours, String role, String note, String status, @Nullable String decidedBy,
                 @Nullable Instant decidedAt, @Nullable String rejectionReason, Instant loggedAt) {

    static HoursView of(HoursEntry entry) {
        var decision = entry.decision();
        return new HoursView(entry.id().toString(), entry.offerId().toString(),
            entry.associationId() == null ? null : entry.associationId().toString(), entry.volunteerId(),
            entry.date(), entry.hours(), entry.role(), entry.note(), entry.status().code(),
            decision == null ? null : decision.by(), decision == null ? null : decision.at(),
            decision == null || decision.reason().isEmpty() ? null : decision.reason(), entry.loggedAt());
    }
}
