package no.samskap.feedback.moderation.domain;

import java.time.Instant;

/** What moderating feedback changed; the reports and the people who made them are never among it. */
public sealed interface ModerationEvent {

    FeedbackToModerate feedback();

    Instant occurredAt();

    record Hidden(FeedbackToModerate feedback, Hiding hiding) implements ModerationEvent {

        @Override
        public Instant occurredAt() {
            return hiding.hiddenAt();
        }
    }

    record Restored(FeedbackToModerate feedback, String reason, String cause, String restoredBy,
                    Instant occurredAt) implements ModerationEvent {
    }
}
