package no.samskap.events.shifts.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.events.events.application.EventRights;
import no.samskap.events.events.application.OsloTime;
import no.samskap.events.events.domain.Event;
import no.samskap.events.events.domain.EventStatus;
import no.samskap.events.events.domain.Events;
import no.samskap.events.events.domain.Refusal;
import no.samskap.events.partners.application.Sightings;
import no.samskap.events.shifts.domain.Absence;
import no.samskap.events.shifts.domain.AgeDeclaration;
import no.samskap.events.shifts.domain.Shift;
import no.samskap.events.shifts.domain.ShiftId;
import no.samskap.events.shifts.domain.Shifts;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;
import java.util.UUID;

/**
 * Every change of a shift, each in one transaction with its messages and notices. The event's row is locked
 * before the shift's, as event changes lock it, so a sign-up and a cancellation never decide on different states,
 * and two sign-ups never take the same last place.
 */
@Singleton
public class ShiftChanges {

    private final Events events;
    private final EventRights eventRights;
    private final ShiftRights rights;
    private final Shifts shifts;
    private final Sightings sightings;
    private final Memberships memberships;
    private final ShiftMessages messages;
    private final ShiftNotices notices;
    private final Clock clock;

    ShiftChanges(Events events, EventRights eventRights, ShiftRights rights, Shifts shifts, Sightings sightings,
                 Memberships memberships, ShiftMessages messages, ShiftNotices notices, Clock clock) {
        this.events = events;
        this.eventRights = eventRights;
        this.rights = rights;
        this.shifts = shifts;
        this.sightings = sightings;
        this.memberships = memberships;
        this.messages = messages;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public Shift create(SignedInPerson organiser, String eventId, DescribeShift command) {
        var event = events.findForUpdate(eventRights.organised(eventId, organiser).id()).orElseThrow();
        if (!event.status().isOpen()) {
            throw Refusal.conflict("status", "shifts are added to draft and published events; this event is "
                + event.status().code());
        }
        var description = new Shift.Description(command.role(), OsloTime.read("startsAt", command.startsAt()),
            OsloTime.read("endsAt", command.endsAt()), command.needed(), command.teamLeaderId(),
            command.minimumAge(), command.attestRequired());
        var created = Shift.create(ShiftId.random(), event.id(), event.municipality(), description,
            organiser.subject(), clock.instant());
        shifts.add(created.shift());
        messages.publish(created);
        return created.shift();
    }

    /** Changes a shift of an open event; the waiting moved into new places are told, as when someone leaves. */
    @Transactional
    public Shift change(SignedInPerson organiser, String shiftId, ChangeShift command) {
        var id = existing(shiftId);
        var organised = eventRights.organised(shifts.find(id).orElseThrow().eventId().toString(), organiser);
        var event = events.findForUpdate(organised.id()).orElseThrow();
        if (!event.status().isOpen()) {
            throw Refusal.conflict("status", "shifts are changed at draft and published events; this event is "
                + event.status().code());
        }
        var change = new Shift.Change(command.role(), OsloTime.read("startsAt", command.startsAt()),
            OsloTime.read("endsAt", command.endsAt()), command.needed());
        var changed = shifts.rosterForUpdate(id).orElseThrow().change(change, clock.instant());
        shifts.changed(changed.shift());
        changed.movedIn().forEach(movedIn -> {
            shifts.placed(movedIn);
            notices.movedIn(event, changed.shift(), movedIn, changed.occurredAt());
        });
        messages.publish(changed);
        return changed.shift();
    }

    /** Signs the volunteer up under the name their token gives ({@code volunteerName}, null when none). */
    @Transactional
    public VolunteersShift signUp(SignedInPerson volunteer, String volunteerName, String shiftId,
                                  SignUpForShift command) {
        var id = existing(shiftId);
        var event = lockedEventOf(id, volunteer);
        if (event.status() != EventStatus.PUBLISHED) {
            throw Refusal.conflict("status", "volunteers sign up for shifts of published events; this event is "
                + event.status().code());
        }
        var association = association(command.associationId(), volunteer);
        var roster = shifts.rosterForUpdate(id).orElseThrow();
        var shift = roster.shift();
        var sighted = shift.attestRequired() && sightings.holdsOn(volunteer.subject(), shift.day());
        var signedUp = roster.signUp(volunteer.subject(), volunteerName, association,
            new AgeDeclaration(command.birthYear(), command.confirmsMinimumAge()), sighted, clock.instant());
        shifts.signedUp(signedUp.signUp());
        messages.publish(signedUp);
        signedUp.filledTheShift().ifPresent(messages::publish);
        return VolunteersShift.of(event, shifts.roster(id).orElseThrow(), volunteer.subject());
    }

    @Transactional
    public void leave(SignedInPerson volunteer, String shiftId) {
        var id = existing(shiftId);
        var event = lockedEventOf(id, volunteer);
        var left = shifts.rosterForUpdate(id).orElseThrow().leave(volunteer.subject(), clock.instant());
        shifts.left(left.left());
        if (left.movedIn() != null) {
            shifts.placed(left.movedIn());
            notices.movedIn(event, left.shift(), left.movedIn(), left.occurredAt());
        }
        messages.publish(left);
    }

    @Transactional
    public VolunteersShift reportAbsence(SignedInPerson volunteer, String shiftId, ReportAbsence command) {
        var id = existing(shiftId);
        var event = lockedEventOf(id, volunteer);
        var now = clock.instant();
        var roster = shifts.rosterForUpdate(id).orElseThrow();
        var absent = roster.reportAbsence(volunteer.subject(),
            Absence.report(command.kind(), command.note(), command.minutesLate(), now), now);
        shifts.absent(absent);
        notices.absence(event, roster.shift(), absent, now);
        return VolunteersShift.of(event, shifts.roster(id).orElseThrow(), volunteer.subject());
    }

    /** Checks a volunteer in; a second check-in answers the same and publishes nothing. */
    @Transactional
    public VolunteersShift checkIn(SignedInPerson leader, String shiftId, String volunteerId) {
        var id = existing(shiftId);
        var event = rights.led(shifts.find(id).orElseThrow(), leader);
        events.findForUpdate(event.id());
        if (event.status() != EventStatus.PUBLISHED && event.status() != EventStatus.COMPLETED) {
            throw Refusal.conflict("status", "volunteers are checked in at published events; this event is "
                + event.status().code());
        }
        var roster = shifts.rosterForUpdate(id).orElseThrow();
        roster.checkIn(volunteerId, clock.instant()).ifPresent(checkedIn -> {
            shifts.checkedIn(checkedIn.signUp());
            messages.publish(checkedIn);
        });
        return VolunteersShift.of(event, shifts.roster(id).orElseThrow(), volunteerId);
    }

    private ShiftId existing(String shiftId) {
        return ShiftId.parse(shiftId).filter(id -> shifts.find(id).isPresent())
            .orElseThrow(() -> Refusal.notFound("no shift " + shiftId));
    }

    /** The shift's event, locked, if the volunteer may see it; a draft's shifts do not exist for them. */
    private Event lockedEventOf(ShiftId id, SignedInPerson volunteer) {
        var shift = shifts.find(id).orElseThrow();
        var visible = eventRights.visible(shift.eventId().toString(), volunteer);
        return events.findForUpdate(visible.id()).orElseThrow();
    }

    private UUID association(String associationId, SignedInPerson volunteer) {
        if (associationId == null || associationId.isBlank()) {
            return null;
        }
        UUID id;
        try {
            id = UUID.fromString(associationId.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("associationId", "must be the id of an association");
        }
        if (!memberships.isMember(id, volunteer.subject())) {
            throw Refusal.unprocessable("associationId", "you sign up for an association only when you are "
                + "one of its members");
        }
        return id;
    }
}
