package no.samskap.feedback.ideas.application;

import no.samskap.feedback.ideas.domain.IdeaOfFeedback;

/** Where the ideas made of feedback go: the outbox, in the transaction that made them. */
public interface IdeaMessages {

    void turned(IdeaOfFeedback.Turned turned);
}
