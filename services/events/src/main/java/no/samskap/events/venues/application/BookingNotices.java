package no.samskap.events.venues.application;

import jakarta.inject.Singleton;
import no.samskap.contract.notifications.NotificationSubject;
import no.samskap.events.venues.domain.Booking;
import no.samskap.platform.notifications.Notice;
import no.samskap.platform.notifications.PersonNotifier;

import java.time.Instant;

/**
 * Tells an association's admins what became of its booking, in the transaction of the decision. The one who did
 * it is not told of their own step.
 */
@Singleton
class BookingNotices {

    static final String SUBJECT_TYPE = "room-booking";

    private final PersonNotifier notifier;
    private final AssociationAdmins admins;

    BookingNotices(PersonNotifier notifier, AssociationAdmins admins) {
        this.notifier = notifier;
        this.admins = admins;
    }

    void tell(Booking booking, String venueName, String kind, String note, String by, Instant at) {
        if (booking.holder().isEvent()) {
            return;
        }
        var subject = new NotificationSubject(SUBJECT_TYPE, booking.id().toString(), venueName,
            "/lokaler/" + booking.venueId());
        admins.adminsOf(booking.holder().associationId()).stream().filter(admin -> !admin.equals(by))
            .forEach(admin -> notifier.notify(new Notice(booking.municipality().value(), admin, subject, kind, note,
                at)));
    }
}
