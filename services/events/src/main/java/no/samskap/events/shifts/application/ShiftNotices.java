package no.samskap.events.shifts.application;

import jakarta.inject.Singleton;
import no.samskap.contract.notifications.NotificationSubject;
import no.samskap.events.events.domain.Event;
import no.samskap.events.shifts.domain.Absence;
import no.samskap.events.shifts.domain.Shift;
import no.samskap.events.shifts.domain.SignUp;
import no.samskap.platform.notifications.Notice;
import no.samskap.platform.notifications.PersonNotifier;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.stream.Stream;

/** What volunteers and team leaders are told about shifts, each in the transaction of the change. */
@Singleton
class ShiftNotices {

    static final String MOVED_IN = "shift-moved-in";
    static final String EVENT_CANCELLED = "shift-event-cancelled";

    private final PersonNotifier notifier;

    ShiftNotices(PersonNotifier notifier) {
        this.notifier = notifier;
    }

    void movedIn(Event event, Shift shift, SignUp signUp, Instant at) {
        tell(event, shift, signUp.volunteerId(), MOVED_IN, "", at);
    }

    /** The team leader and the organiser who made the shift hear of it; the one who reported it does not. */
    void absence(Event event, Shift shift, SignUp signUp, Instant at) {
        var absence = signUp.absence();
        var kind = "shift-volunteer-" + absence.kind().code();
        var note = absence.kind() == Absence.Kind.LATE
            ? (absence.minutesLate() + " min. " + absence.note()).strip() : absence.note();
        var told = new LinkedHashSet<>(Stream.of(shift.teamLeaderId(), shift.createdBy())
            .filter(Objects::nonNull).toList());
        told.remove(signUp.volunteerId());
        told.forEach(person -> tell(event, shift, person, kind, note, at));
    }

    void eventCancelled(Event event, Shift shift, SignUp signUp, String reason, Instant at) {
        tell(event, shift, signUp.volunteerId(), EVENT_CANCELLED, reason, at);
    }

    private void tell(Event event, Shift shift, String person, String kind, String note, Instant at) {
        var subject = new NotificationSubject("shift", shift.id().toString(),
            shift.role() + " – " + event.description().title(), "/arrangementer/" + event.id());
        notifier.notify(new Notice(event.municipality().value(), person, subject, kind, note, at));
    }
}
