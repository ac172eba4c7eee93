package no.samskap.proposals.ideas.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What happened to an idea; each domain event has its own id and time and names the idea and who acted. */
public sealed interface IdeaEvent {

    UUID eventId();

    Instant occurredAt();

    IdeaId ideaId();

    Municipality municipality();

    Actor actor();

    /** The words shown on the idea's timeline with this step: a reason, an answer, a date; empty for none. */
    default String note() {
        return "";
    }

    IdeaStatus status();

    /**
     * A step beside the lifecycle, such as {@code HIDDEN}, {@code RESTORED}, {@code EDITED} or
     * {@code RESPONSE_DATE_CHANGED}; null for a change of status.
     */
    default String moderation() {
        return null;
    }

    /** {@code originFeedbackId} names the feedback staff turned into this idea; null for a resident's own idea. */
    record IdeaSubmitted(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality, Actor actor,
                         String title, String body, Classification classification, UUID originFeedbackId)
        implements IdeaEvent {

        public IdeaSubmitted(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality, Actor actor,
                             String title, String body, Classification classification) {
            this(eventId, occurredAt, ideaId, municipality, actor, title, body, classification, null);
        }

        public IdeaStatus status() {
            return IdeaStatus.SUBMITTED;
        }

        public ServiceArea serviceArea() {
            return classification.serviceArea();
        }
    }

    /** The idea as its author rewrote it; an edit keeps the status and is shown beside the lifecycle. */
    record IdeaEdited(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality, Actor actor,
                      IdeaStatus status, String title, String body, Classification classification)
        implements IdeaEvent {
        public String moderation() {
            return "EDITED";
        }
    }

    record IdeaPublished(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality, Actor actor)
        implements IdeaEvent {
        public IdeaStatus status() {
            return IdeaStatus.PUBLISHED;
        }
    }

    record IdeaRejected(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality, Actor actor,
                        String reason) implements IdeaEvent {
        public IdeaStatus status() {
            return IdeaStatus.REJECTED;
        }

        public String note() {
            return reason;
        }
    }

    record AssessmentStarted(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality, Actor actor,
                             LocalDate respondBy) implements IdeaEvent {
        public IdeaStatus status() {
            return IdeaStatus.UNDER_ASSESSMENT;
        }

        public String note() {
            return respondBy.toString();
        }
    }

    /** The committed date moved while the idea is assessed; the status stays and the reason is the note. */
    record ResponseDateChanged(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality, Actor actor,
                               LocalDate previousRespondBy, LocalDate respondBy, String reason) implements IdeaEvent {
        public IdeaStatus status() {
            return IdeaStatus.UNDER_ASSESSMENT;
        }

        public String note() {
            return reason;
        }

        public String moderation() {
            return "RESPONSE_DATE_CHANGED";
        }
    }

    record IdeaAnswered(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality, Actor actor,
                        IdeaStatus status, String answer) implements IdeaEvent {
        public String note() {
            return answer;
        }
    }

    record IdeaWithdrawn(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality, Actor actor)
        implements IdeaEvent {
        public IdeaStatus status() {
            return IdeaStatus.WITHDRAWN;
        }
    }

    /**
     * {@code realisingEventId} is the events service's event whose completion realised the idea; null when staff
     * marked it realised by hand with their own reference, {@code culturalEventId}.
     */
    record IdeaRealised(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality, Actor actor,
                        String culturalEventId, UUID realisingEventId) implements IdeaEvent {

        public IdeaRealised(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality, Actor actor,
                            String culturalEventId) {
            this(eventId, occurredAt, ideaId, municipality, actor, culturalEventId, null);
        }

        public IdeaStatus status() {
            return IdeaStatus.REALISED;
        }

        public String note() {
            return culturalEventId;
        }
    }

    record IdeaHidden(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality, Actor actor,
                      IdeaStatus status, String reason) implements IdeaEvent {
        public String note() {
            return reason;
        }

        public String moderation() {
            return "HIDDEN";
        }
    }

    /** {@code reason} is the moderator's words to the author, on the timeline as the step's note. */
    record IdeaRestored(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality, Actor actor,
                        IdeaStatus status, String reason) implements IdeaEvent {
        public String note() {
            return reason;
        }

        public String moderation() {
            return "RESTORED";
        }
    }

    /** {@code against} is {@code hidden} or {@code rejected}; the appeal's words are not part of the event. */
    record IdeaAppealed(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality, Actor actor,
                        IdeaStatus status, String against) implements IdeaEvent {
        public String moderation() {
            return "APPEALED";
        }
    }

    record AppealDecided(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality, Actor actor,
                         IdeaStatus status, boolean upheld, String reason) implements IdeaEvent {
        public String note() {
            return reason;
        }

        public String moderation() {
            return upheld ? "APPEAL_UPHELD" : "APPEAL_DISMISSED";
        }
    }
}
