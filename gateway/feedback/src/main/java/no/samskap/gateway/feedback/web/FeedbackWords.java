package no.samskap.gateway.feedback.web;

import no.samskap.gateway.shell.web.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** How feedback reads on every page: its rating, dates, and a refusal of the service in the page's words. */
public record FeedbackWords(Texts texts) {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    public String rating(int rating) {
        return texts.text("fb.entry.rating", rating);
    }

    /** "4,3 av 5", in the page's number format. */
    public String average(double average) {
        var language = texts.language().locale();
        return texts.text("fb.figures.averageValue", String.format(language, "%.1f", average));
    }

    public String date(Instant instant) {
        return texts.date(LocalDate.ofInstant(instant, NORWAY));
    }

    public String date(LocalDate date) {
        return texts.date(date);
    }

    /** The message for the field or rule the service named, else one for its status. */
    public String refusal(int status, String fieldOrRule) {
        var key = "fb.error." + fieldOrRule;
        if (!fieldOrRule.isEmpty() && texts.has(key)) {
            return texts.text(key);
        }
        var byStatus = "fb.problem." + status;
        return texts.has(byStatus) ? texts.text(byStatus) : texts.text("fb.problem.other");
    }
}
