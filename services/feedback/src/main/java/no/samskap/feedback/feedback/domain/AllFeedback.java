package no.samskap.feedback.feedback.domain;

import no.samskap.contract.MunicipalityNumber;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where feedback is kept. Withdrawn feedback is found by nothing here. {@code update} fails with an optimistic lock
 * error when the version moved on.
 */
public interface AllFeedback {

    Feedback add(Feedback feedback);

    Feedback update(Feedback feedback);

    Optional<Feedback> find(FeedbackId id);

    /** Locks the row for the rest of the transaction. */
    Optional<Feedback> findForUpdate(FeedbackId id);

    /** The person's feedback on the event that is not withdrawn. */
    Optional<Feedback> byAuthorOnEvent(String authorId, UUID eventId);

    /** Newest first. */
    List<Feedback> byAuthor(String authorId);

    /** Newest first, {@code limit} from {@code offset}; an event or unit narrows it when not null. */
    List<Feedback> inMunicipality(MunicipalityNumber municipality, UUID eventId, String unit, int offset, int limit);

    /** Every one on the event or unit of the municipality (or all when both are null), soonest response date first. */
    List<Feedback> byResponseDate(MunicipalityNumber municipality, UUID eventId, String unit);
}
