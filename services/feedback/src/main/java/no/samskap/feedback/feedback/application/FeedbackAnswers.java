package no.samskap.feedback.feedback.application;

import no.samskap.feedback.feedback.domain.Answer;
import no.samskap.feedback.feedback.domain.FeedbackId;

import java.util.Collection;
import java.util.Map;

/** The latest answer to each of the pieces of feedback that has one; the answers capability keeps them. */
public interface FeedbackAnswers {

    Map<FeedbackId, Answer> answersTo(Collection<FeedbackId> feedback);
}
