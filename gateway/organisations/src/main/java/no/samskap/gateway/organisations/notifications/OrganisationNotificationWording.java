package no.samskap.gateway.organisations.notifications;

import no.samskap.gateway.shell.notifications.FeedEntry;
import no.samskap.gateway.shell.notifications.NotificationWording;
import no.samskap.gateway.shell.web.Texts;

/**
 * Words the organisations service's notices of one subject type: "Mo Sangkor has invited you as a member". The
 * notes the service sends (role codes, dates, ids for officers) are left out; the page the entry links to shows them.
 * A kind newer than these texts reads neutrally rather than failing.
 */
final class OrganisationNotificationWording implements NotificationWording {

    private final String subjectType;

    OrganisationNotificationWording(String subjectType) {
        this.subjectType = subjectType;
    }

    @Override
    public String service() {
        return "organisations";
    }

    @Override
    public String subjectType() {
        return subjectType;
    }

    @Override
    public String whatHappened(FeedEntry entry, Texts texts) {
        var key = "org.notification." + subjectType + "." + entry.kind();
        return texts.has(key) ? texts.text(key) : texts.text("org.notification.other");
    }
}
