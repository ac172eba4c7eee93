package no.samskap.feedback.answers.domain;

import no.samskap.feedback.feedback.domain.Answer;
import no.samskap.feedback.feedback.domain.FeedbackId;
import no.samskap.feedback.feedback.domain.Refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What answering needs of a piece of feedback: whose municipality answers it, the author to tell, and the date the
 * municipality committed to answer by. {@code title} names what the feedback is about on the author's feed.
 * Dates are Norwegian: an answer given late in the evening of the committed day is on time.
 */
public record FeedbackToAnswer(FeedbackId id, String municipality, String authorId, String title, LocalDate respondBy) {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    public static final int TEXT_MAX = 4000;
    public static final int REASON_MAX = 1000;

    /** A later answer replaces the earlier; whether it is on time is judged by the committed date now. */
    public AnswerEvent.Answered answer(String staffId, String text, Boolean publicAnswer, Instant now) {
        var cleanText = requireText("text", text, TEXT_MAX);
        if (publicAnswer == null) {
            throw Refusal.invalid("publicAnswer", "must say whether the answer is public (true) or for the author only");
        }
        var onTime = !now.atZone(OSLO).toLocalDate().isAfter(respondBy);
        return new AnswerEvent.Answered(this, new Answer(cleanText, publicAnswer, now, onTime), staffId);
    }

    /** A response date is a promise to the author; one further ahead than this is no promise. */
    public static final int RESPONSE_YEARS_AHEAD = 5;

    /** Staff move the committed date, saying why; a date already passed, or years away, is no commitment. */
    public AnswerEvent.ResponseDateChanged moveResponseDate(String staffId, LocalDate newDate, String reason,
                                                            Instant now) {
        if (newDate == null) {
            throw Refusal.invalid("respondBy", "must be a date such as 2027-04-01");
        }
        var today = now.atZone(OSLO).toLocalDate();
        if (newDate.isBefore(today)) {
            throw Refusal.rule(Refusal.Kind.UNPROCESSABLE, "date-passed", "respondBy", "must be today or later");
        }
        if (newDate.isAfter(today.plusYears(RESPONSE_YEARS_AHEAD))) {
            throw Refusal.invalid("respondBy", "must be at most " + RESPONSE_YEARS_AHEAD + " years ahead, by "
                + today.plusYears(RESPONSE_YEARS_AHEAD));
        }
        if (newDate.equals(respondBy)) {
            throw Refusal.rule(Refusal.Kind.UNPROCESSABLE, "same-date", "respondBy", "is the committed date already");
        }
        var cleanReason = requireText("reason", reason, REASON_MAX);
        var moved = new FeedbackToAnswer(id, municipality, authorId, title, newDate);
        return new AnswerEvent.ResponseDateChanged(moved, newDate, cleanReason, staffId, now);
    }

    static String requireText(String field, String text, int max) {
        var clean = text == null ? "" : text.strip();
        var length = clean.codePointCount(0, clean.length());
        if (length < 1 || length > max) {
            throw Refusal.invalid(field, "must be between 1 and " + max + " characters, was " + length);
        }
        return clean;
    }
}
