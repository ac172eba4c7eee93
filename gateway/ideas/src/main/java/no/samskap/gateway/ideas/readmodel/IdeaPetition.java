package no.samskap.gateway.ideas.readmodel;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An idea's innbyggerforslag as the public sees it: {@code status} {@code collecting}, {@code sent}, {@code treated}
 * or {@code refused}; the count against the threshold; by when the council must decide; and what it decided.
 */
public record IdeaPetition(UUID idea, String status, int signatureCount, int threshold, Instant startedAt,
                           @Nullable Instant sentAt, @Nullable LocalDate councilDeadline, @Nullable LocalDate meetingDate,
                           @Nullable String decision, @Nullable String caseUrl) {

    public boolean isCollecting() {
        return "collecting".equals(status);
    }

    public boolean isReached() {
        return signatureCount >= threshold;
    }

    /** Sent, undecided, and today past the council's six months. */
    public boolean isOverdue(LocalDate today) {
        return "sent".equals(status) && councilDeadline != null && today.isAfter(councilDeadline);
    }
}
