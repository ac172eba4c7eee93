package no.samskap.feedback.moderation.domain;

import no.samskap.feedback.feedback.domain.Refusal;

/**
 * How a municipality moderates feedback: feedback with {@code reportThreshold} open reports is hidden until staff
 * review it. The default is the proposals service's default for ideas and comments.
 */
public record ModerationSettings(String municipality, int reportThreshold) {

    public static final int DEFAULT_REPORT_THRESHOLD = 3;
    public static final int REPORT_THRESHOLD_MAX = 1000;

    public static ModerationSettings defaultsFor(String municipality) {
        return new ModerationSettings(municipality, DEFAULT_REPORT_THRESHOLD);
    }

    public static ModerationSettings of(String municipality, Integer reportThreshold) {
        if (reportThreshold == null || reportThreshold < 1 || reportThreshold > REPORT_THRESHOLD_MAX) {
            throw Refusal.invalid("reportThreshold", "must be a whole number from 1 to " + REPORT_THRESHOLD_MAX);
        }
        return new ModerationSettings(municipality, reportThreshold);
    }
}
