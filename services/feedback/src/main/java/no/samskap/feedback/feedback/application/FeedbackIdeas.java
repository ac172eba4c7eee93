package no.samskap.feedback.feedback.application;

import no.samskap.feedback.feedback.domain.FeedbackId;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** The idea each of the pieces of feedback that were turned into one became; the ideas capability keeps them. */
public interface FeedbackIdeas {

    Map<FeedbackId, UUID> ideasMadeOf(Collection<FeedbackId> feedback);
}
