package no.samskap.events.registrations.application;

import jakarta.inject.Singleton;
import no.samskap.contract.notifications.NotificationSubject;
import no.samskap.events.events.domain.Event;
import no.samskap.events.registrations.domain.Registration;
import no.samskap.platform.notifications.Notice;
import no.samskap.platform.notifications.PersonNotifier;

import java.time.Instant;

/** What registrants are told on their feed, in the transaction of the change they are told about. */
@Singleton
class RegistrantNotices {

    static final String SUBJECT_TYPE = "event";
    static final String PROMOTED = "registration-promoted";
    static final String EVENT_CANCELLED = "event-cancelled";

    private final PersonNotifier notifier;

    RegistrantNotices(PersonNotifier notifier) {
        this.notifier = notifier;
    }

    void promoted(Event event, Registration registration, Instant at) {
        tell(event, registration, PROMOTED, "", at);
    }

    void eventCancelled(Event event, Registration registration, String reason, Instant at) {
        tell(event, registration, EVENT_CANCELLED, reason, at);
    }

    private void tell(Event event, Registration registration, String kind, String note, Instant at) {
        var id = event.id().toString();
        notifier.notify(new Notice(event.municipality().value(), registration.personId(),
            new NotificationSubject(SUBJECT_TYPE, id, event.description().title(), "/arrangementer/" + id), kind,
            note, at));
    }
}
