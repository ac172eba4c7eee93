package no.samskap.feedback.moderation.domain;

import java.util.OptionalInt;
import java.util.UUID;

/**
 * Reports of feedback: at most one per person and feedback. Open reports are those since the feedback was last
 * reviewed; their count is what the municipality's report threshold is compared with.
 */
public interface FeedbackReports {

    /** Returns the feedback's open reports afterwards, or empty when this person had reported it already. */
    OptionalInt add(FeedbackReport report);

    /** A review dealt with the reports so far; the people who made them cannot report the feedback again. */
    void closeOpenReports(UUID feedbackId);
}
