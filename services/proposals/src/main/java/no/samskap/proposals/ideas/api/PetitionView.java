package no.samskap.proposals.ideas.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.proposals.ideas.application.PetitionDetails;
import no.samskap.proposals.ideas.domain.Petition;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An innbyggerforslag as the public sees it: the count against the threshold, when it went to the council and by when
 * the council must decide, and what it decided. {@code signedByYou} is the caller's own signature; nobody else's is
 * ever shown.
 */
@Serdeable
record PetitionView(String ideaId, String status, int signatureCount, int threshold, boolean reached,
                    Instant startedAt, @Nullable Instant sentAt, @Nullable LocalDate councilDeadline, boolean overdue,
                    @Nullable DecisionView decision, boolean signedByYou) {

    @Serdeable
    record DecisionView(String outcome, @Nullable LocalDate meetingDate, String text, @Nullable String caseUrl,
                        Instant recordedAt) {
    }

    static PetitionView of(PetitionDetails details) {
        var petition = details.petition();
        var decision = petition.decision();
        return new PetitionView(petition.idea().toString(), petition.status().code(), petition.signatureCount(),
            petition.threshold(), petition.isReached(), petition.startedAt(), petition.sentAt(),
            petition.councilDeadline(), details.overdue(), decision == null ? null : new DecisionView(
                decision.outcome().code(), decision.meetingDate(), decision.text(), decision.caseUrl(),
                decision.recordedAt()), details.signedByYou());
    }

    static PetitionView of(Petition petition) {
        return of(new PetitionDetails(petition, false, false));
    }
}
