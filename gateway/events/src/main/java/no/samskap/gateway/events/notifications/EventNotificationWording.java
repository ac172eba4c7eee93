package no.samskap.gateway.events.notifications;

import no.samskap.gateway.shell.notifications.FeedEntry;
import no.samskap.gateway.shell.notifications.NotificationWording;
import no.samskap.gateway.shell.web.Texts;

/**
 * Words the events service's notices of one subject type: "Lesestund: you got a seat from the waiting list". A
 * cancellation's reason and a volunteer's note are the service's own words and shown as they came; a kind newer
 * than these texts reads neutrally rather than failing.
 */
final class EventNotificationWording implements NotificationWording {

    private final String subjectType;

    EventNotificationWording(String subjectType) {
        this.subjectType = subjectType;
    }

    @Override
    public String service() {
        return "events";
    }

    @Override
    public String subjectType() {
        return subjectType;
    }

    @Override
    public String whatHappened(FeedEntry entry, Texts texts) {
        var key = "evo.notification." + subjectType + "." + entry.kind();
        var said = texts.has(key) ? texts.text(key) : texts.text("evo.notification.other");
        var note = entry.note();
        return note == null || note.isBlank() ? said : said + ": " + texts.text("evo.notification.note", note);
    }
}
