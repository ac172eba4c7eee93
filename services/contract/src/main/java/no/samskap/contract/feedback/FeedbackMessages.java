package no.samskap.contract.feedback;

import no.samskap.contract.AggregateType;
import no.samskap.contract.MessageType;

/**
 * The messages the feedback service publishes, on {@code samskap.feedback.feedback}, keyed by the feedback's id.
 * None names the author, anonymous or not: a person's own feedback and the answers to it are asked of the service
 * with their token, and the service tells them on the one notification feed.
 */
public final class FeedbackMessages {

    public static final AggregateType FEEDBACK = new AggregateType("feedback", "feedback");

    public static final MessageType<FeedbackGiven> FEEDBACK_GIVEN =
        new MessageType<>("feedback-given", 1, FEEDBACK, FeedbackGiven.class);
    public static final MessageType<FeedbackEdited> FEEDBACK_EDITED =
        new MessageType<>("feedback-edited", 1, FEEDBACK, FeedbackEdited.class);
    public static final MessageType<FeedbackWithdrawn> FEEDBACK_WITHDRAWN =
        new MessageType<>("feedback-withdrawn", 1, FEEDBACK, FeedbackWithdrawn.class);
    public static final MessageType<FeedbackAnswered> FEEDBACK_ANSWERED =
        new MessageType<>("feedback-answered", 1, FEEDBACK, FeedbackAnswered.class);
    public static final MessageType<FeedbackResponseDateChanged> FEEDBACK_RESPONSE_DATE_CHANGED =
        new MessageType<>("feedback-response-date-changed", 1, FEEDBACK, FeedbackResponseDateChanged.class);
    public static final MessageType<FeedbackHidden> FEEDBACK_HIDDEN =
        new MessageType<>("feedback-hidden", 1, FEEDBACK, FeedbackHidden.class);
    public static final MessageType<FeedbackRestored> FEEDBACK_RESTORED =
        new MessageType<>("feedback-restored", 1, FEEDBACK, FeedbackRestored.class);
    public static final MessageType<FeedbackTurnedIntoIdea> FEEDBACK_TURNED_INTO_IDEA =
        new MessageType<>("feedback-turned-into-idea", 1, FEEDBACK, FeedbackTurnedIntoIdea.class);

    private FeedbackMessages() {
    }
}
