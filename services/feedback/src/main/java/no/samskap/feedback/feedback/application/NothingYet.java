package no.samskap.feedback.feedback.application;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import no.samskap.feedback.feedback.domain.Answer;
import no.samskap.feedback.feedback.domain.FeedbackId;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * No answers, hidings or ideas, for as long as the capabilities that keep them are not in the service: each of
 * theirs takes this one's place.
 */
@Singleton
@Secondary
class NothingYet implements FeedbackAnswers, FeedbackHidings, FeedbackIdeas {

    @Override
    public Map<FeedbackId, Answer> answersTo(Collection<FeedbackId> feedback) {
        return Map.of();
    }

    @Override
    public Map<FeedbackId, String> hiddenReasons(Collection<FeedbackId> feedback) {
        return Map.of();
    }

    @Override
    public Map<FeedbackId, UUID> ideasMadeOf(Collection<FeedbackId> feedback) {
        return Map.of();
    }
}
