package no.samskap.feedback.moderation.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.feedback.moderation.domain.ModeratedFeedback;

import java.time.Instant;

/**
 * While a person is blocked in a municipality, their feedback there is out of the public view with the cause
 * {@code author-blocked}; lifting the block shows it again, except what a moderator hid meanwhile. Nothing is decided
 * about the feedback, so the author is not told of it, and cannot appeal it.
 */
@Singleton
public class AuthorBlocks {

    static final String MUNICIPALITY = "municipality";

    private final ModeratedFeedback feedback;
    private final ModerationSteps steps;

    AuthorBlocks(ModeratedFeedback feedback, ModerationSteps steps) {
        this.feedback = feedback;
        this.steps = steps;
    }

    @Transactional
    public void blocked(String municipality, String personId, Instant at) {
        feedback.lockAllBy(municipality, personId).forEach(one -> one.hideWhileAuthorBlocked(MUNICIPALITY, at)
            .ifPresent(hidden -> steps.record(hidden, null, null)));
    }

    @Transactional
    public void unblocked(String municipality, String personId, Instant at) {
        feedback.lockAllBy(municipality, personId).forEach(one -> one.showAfterBlock(MUNICIPALITY, at)
            .ifPresent(restored -> steps.record(restored, null, null)));
    }
}
