package no.samskap.gateway.ideas.notifications;

import jakarta.inject.Singleton;
import no.samskap.gateway.shell.notifications.FeedEntry;
import no.samskap.gateway.shell.notifications.NotificationWording;
import no.samskap.gateway.shell.web.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * Words what the proposals service tells about an idea: its new status, its answer (with the answer's start), a date
 * to answer by or the date it moved to, the support threshold it reached, or the author's own moderation steps.
 */
@Singleton
class IdeaNotificationWording implements NotificationWording {

    /** Kinds whose note is a response date. */
    private static final Set<String> DATED = Set.of("under-assessment", "response-date-changed",
        "response-date-approaching", "response-date-passed");
    /** Kinds of an innbyggerforslag whose note is the council's deadline. */
    private static final Set<String> PETITION_DATED = Set.of("petition-sent", "petition-deadline-approaching",
        "petition-deadline-passed");

    @Override
    public String service() {
        return "proposals";
    }

    @Override
    public String subjectType() {
        return "idea";
    }

    @Override
    public String whatHappened(FeedEntry entry, Texts texts) {
        return texts.word("me.notification", entry.kind()) + noteOf(entry, texts);
    }

    /** An assessment's date to answer by, or the date it was moved to, or the start of an answer; others have no note. */
    private static String noteOf(FeedEntry entry, Texts texts) {
        var note = entry.note();
        if (note.isBlank()) {
            return "";
        }
        if ("support-threshold-reached".equals(entry.kind())) {
            return note.chars().allMatch(Character::isDigit) && note.length() < 10
                ? " " + texts.text("me.notification.thresholdNote", Integer.parseInt(note)) : "";
        }
        if ("petition-handled".equals(entry.kind())) {
            return "";
        }
        if (PETITION_DATED.contains(entry.kind())) {
            try {
                return " " + texts.text("me.notification.petitionDeadline", texts.date(LocalDate.parse(note)));
            } catch (DateTimeParseException notADate) {
                return "";
            }
        }
        if (DATED.contains(entry.kind())) {
            try {
                // Texts escapes the date again; a formatted date holds nothing that escaping changes.
                return " " + texts.text("idea.timeline.respondBy", texts.date(LocalDate.parse(note)));
            } catch (DateTimeParseException notADate) {
                return "";
            }
        }
        return " <q class=\"note\">" + escape(note) + "</q>";
    }
}
