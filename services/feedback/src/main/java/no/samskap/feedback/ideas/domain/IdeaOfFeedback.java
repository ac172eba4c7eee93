package no.samskap.feedback.ideas.domain;

import no.samskap.feedback.feedback.domain.Feedback;
import no.samskap.feedback.feedback.domain.FeedbackId;
import no.samskap.feedback.feedback.domain.Refusal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The idea staff made of a piece of feedback, with its author's consent: at most one per feedback. This service draws
 * the idea's id, and the proposals service makes the idea under it. {@code title} is the idea's as staff wrote it.
 */
public record IdeaOfFeedback(FeedbackId feedbackId, UUID ideaId, String title, String turnedBy, Instant turnedAt) {

    public static final String NO_CONSENT = "no-consent";
    public static final String ALREADY_TURNED = "already-turned";

    /** The feedback was made an idea: the link, and the idea as staff drafted it. */
    public record Turned(Feedback feedback, IdeaOfFeedback idea, IdeaDraft draft) {
    }

    /**
     * Staff make the feedback an idea; refused when it has been one before ({@code earlier}) or when its author did
     * not consent.
     */
    public static Turned turn(Feedback feedback, Optional<IdeaOfFeedback> earlier, IdeaDraft draft, String staff,
                              UUID ideaId, Instant at) {
        earlier.ifPresent(idea -> {
            throw Refusal.rule(Refusal.Kind.CONFLICT, ALREADY_TURNED, null, "this feedback was turned into idea "
                + idea.ideaId() + " already");
        });
        if (!feedback.ideaConsent()) {
            throw Refusal.rule(Refusal.Kind.UNPROCESSABLE, NO_CONSENT, "ideaConsent", "the author has not agreed "
                + "that their feedback may become an idea");
        }
        return new Turned(feedback, new IdeaOfFeedback(feedback.id(), ideaId, draft.title(), staff, at), draft);
    }
}
