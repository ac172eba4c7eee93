package no.samskap.proposals.ideas.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Every step in an idea's life, in order: who, when, to which status or which moderation, and why. */
public interface Timelines {

    /**
     * A change of the response date names the date before and after it; other steps leave both null. A realisation by
     * an event of the events service names it ({@code eventId}); other steps leave it null.
     */
    record Step(IdeaStatus status, String moderation, String actorId, String note, Instant occurredAt,
                LocalDate previousRespondBy, LocalDate respondBy, UUID eventId) {

        /** The step as the timeline keeps it. */
        public static Step of(IdeaEvent domainEvent) {
            var dateChange = domainEvent instanceof IdeaEvent.ResponseDateChanged changed ? changed : null;
            var realisation = domainEvent instanceof IdeaEvent.IdeaRealised realised ? realised : null;
            return new Step(domainEvent.status(), domainEvent.moderation(), domainEvent.actor().id(), domainEvent.note(),
                domainEvent.occurredAt(), dateChange == null ? null : dateChange.previousRespondBy(),
                dateChange == null ? null : dateChange.respondBy(),
                realisation == null ? null : realisation.realisingEventId());
        }

        public Step(IdeaStatus status, String moderation, String actorId, String note, Instant occurredAt) {
            this(status, moderation, actorId, note, occurredAt, null, null, null);
        }

        public Step(IdeaStatus status, String moderation, String actorId, String note, Instant occurredAt,
                    LocalDate previousRespondBy, LocalDate respondBy) {
            this(status, moderation, actorId, note, occurredAt, previousRespondBy, respondBy, null);
        }
    }

    void append(IdeaEvent domainEvent);

    List<Step> of(IdeaId id);
}
