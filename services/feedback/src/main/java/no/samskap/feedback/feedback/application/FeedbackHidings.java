package no.samskap.feedback.feedback.application;

import no.samskap.feedback.feedback.domain.FeedbackId;

import java.util.Collection;
import java.util.Map;

/** Why each of the pieces of feedback that are hidden now is hidden; the moderation capability keeps them. */
public interface FeedbackHidings {

    Map<FeedbackId, String> hiddenReasons(Collection<FeedbackId> feedback);
}
