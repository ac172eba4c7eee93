package no.samskap.gateway.feedback.notifications;

import jakarta.inject.Singleton;
import no.samskap.gateway.shell.notifications.FeedEntry;
import no.samskap.gateway.shell.notifications.NotificationWording;
import no.samskap.gateway.shell.web.Texts;

/**
 * What the feedback service's entries in a person's feed say: answered, a new response date, hidden or restored,
 * the appeal decided, made an idea, and "you said, we did" when an event realised that idea.
 */
@Singleton
final class FeedbackNotificationWording implements NotificationWording {

    @Override
    public String service() {
        return "feedback";
    }

    @Override
    public String subjectType() {
        return "feedback";
    }

    @Override
    public String whatHappened(FeedEntry entry, Texts texts) {
        var key = "fb.notification." + entry.kind();
        var said = texts.has(key) ? texts.text(key) : texts.text("fb.notification.other");
        var note = entry.note();
        return note == null || note.isBlank() ? said : said + ": " + texts.text("fb.notification.note", note);
    }
}
