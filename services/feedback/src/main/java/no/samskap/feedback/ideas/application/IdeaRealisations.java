package no.samskap.feedback.ideas.application;

import jakarta.inject.Singleton;
import no.samskap.feedback.feedback.application.EventAttendance;
import no.samskap.feedback.feedback.domain.AllFeedback;
import no.samskap.feedback.ideas.domain.IdeasOfFeedback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * When the proposals service says an idea came true, the author of the feedback it was made of hears "you said, we
 * did", once: a redelivered or replayed message, or an idea that came from no feedback, tells no one. Feedback its
 * author withdrew tells no one either.
 */
@Singleton
public class IdeaRealisations {

    private static final Logger LOG = LoggerFactory.getLogger(IdeaRealisations.class);

    private final IdeasOfFeedback ideas;
    private final AllFeedback feedback;
    private final EventAttendance events;
    private final AuthorNotices notices;

    IdeaRealisations(IdeasOfFeedback ideas, AllFeedback feedback, EventAttendance events, AuthorNotices notices) {
        this.ideas = ideas;
        this.feedback = feedback;
        this.events = events;
        this.notices = notices;
    }

    /** Runs in the transaction that marks the message processed; {@code eventId} null when realised by hand. */
    public void realised(UUID ideaId, UUID eventId, Instant realisedAt) {
        var at = realisedAt.truncatedTo(ChronoUnit.MICROS);
        ideas.realisedFirstTime(ideaId, eventId, at).ifPresent(idea -> feedback.find(idea.feedbackId())
            .ifPresentOrElse(
                turnedFrom -> notices.realised(turnedFrom, idea, eventId, eventId == null ? null
                    : events.titles(List.of(eventId)).get(eventId), at),
                () -> LOG.info("Idea {} came true, but feedback {} it was made of is withdrawn; nobody is told.",
                    ideaId, idea.feedbackId())));
    }
}
