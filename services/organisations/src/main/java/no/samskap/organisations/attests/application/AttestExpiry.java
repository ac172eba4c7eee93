package no.samskap.organisations.attests.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.notifications.NotificationSubject;
import no.samskap.organisations.associations.application.AssociationRights;
import no.samskap.organisations.attests.domain.AttestEvent;
import no.samskap.organisations.attests.domain.Reminder;
import no.samskap.organisations.attests.domain.Sighting;
import no.samskap.organisations.attests.domain.Sightings;
import no.samskap.platform.notifications.Notice;
import no.samskap.platform.notifications.PersonNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Warns a volunteer and their association's attest officers 30 days before a sighting ends, and tells them on the
 * day it has ended: each once, remembered on the sighting, so a second run on the same day sends nothing.
 */
@Singleton
public class AttestExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(AttestExpiry.class);
    static final int BATCH = 500;

    private final Sightings sightings;
    private final AssociationRights rights;
    private final AttestOfficerRights officerRights;
    private final AttestMessages messages;
    private final PersonNotifier notifier;
    private final OsloCalendar calendar;

    AttestExpiry(Sightings sightings, AssociationRights rights, AttestOfficerRights officerRights,
                 AttestMessages messages, PersonNotifier notifier, OsloCalendar calendar) {
        this.sightings = sightings;
        this.rights = rights;
        this.officerRights = officerRights;
        this.messages = messages;
        this.notifier = notifier;
        this.calendar = calendar;
    }

    /** Sends what is due today in Norway. */
    public int sendDue() {
        return sendDueOn(calendar.today());
    }

    /** Sends the reminders due on {@code day} and not sent before; gives how many it sent. */
    @Transactional
    public int sendDueOn(LocalDate day) {
        var sent = 0;
        int sentNow;
        do {
            sentNow = sendBatch(day);
            sent += sentNow;
        } while (sentNow == BATCH);
        if (sent > 0) {
            LOG.info("Sent {} politiattest reminders due on {}.", sent, day);
        }
        return sent;
    }

    private int sendBatch(LocalDate day) {
        var sent = 0;
        for (var sighting : sightings.dueOn(day, BATCH)) {
            var due = sighting.reminderDueOn(day);
            if (due.isPresent()) {
                remind(sighting, due.get(), day);
                sent++;
            }
        }
        return sent;
    }

    private void remind(Sighting sighting, Reminder reminder, LocalDate day) {
        var association = rights.existing(sighting.associationId().toString());
        var reminded = sighting.reminded(reminder, day);
        sightings.markReminded(reminded);
        var now = calendar.now();
        messages.publish(AttestEvent.of(reminder, reminded, association.municipality(), now));
        var kind = "attest-" + reminder.name().toLowerCase(Locale.ROOT);
        var note = sighting.role().code() + " " + sighting.validUntil();
        var municipality = association.municipality().value();
        notifier.notify(new Notice(municipality, sighting.volunteerId(), new NotificationSubject("attest-sighting",
            association.id().toString(), association.name(), AttestLinks.VOLUNTEER_PAGE), kind, note, now));
        officerRights.officersOf(association).ifPresent(officers -> officers.both().forEach(officer ->
            notifier.notify(new Notice(municipality, officer, new NotificationSubject("attest-sighting",
                association.id().toString(), association.name(), AttestLinks.officersPage(association.id())), kind,
                sighting.volunteerId() + " " + note, now))));
    }
}
