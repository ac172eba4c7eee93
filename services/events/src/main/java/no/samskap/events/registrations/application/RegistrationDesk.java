package no.samskap.events.registrations.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.application.EventRights;
import no.samskap.events.events.domain.Event;
import no.samskap.events.events.domain.EventId;
import no.samskap.events.events.domain.Events;
import no.samskap.events.events.domain.Refusal;
import no.samskap.events.registrations.domain.AccessibilityNeeds;
import no.samskap.events.registrations.domain.AttendanceWindow;
import no.samskap.events.registrations.domain.Party;
import no.samskap.events.registrations.domain.Registration;
import no.samskap.events.registrations.domain.RegistrationEvent;
import no.samskap.events.registrations.domain.RegistrationId;
import no.samskap.events.registrations.domain.RegistrationStatus;
import no.samskap.events.registrations.domain.RegistrationWindow;
import no.samskap.events.registrations.domain.Registrations;
import no.samskap.events.registrations.domain.SeatTally;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Registering (a group at a time, {@link RegistrationLine}), cancelling, checking in and walking in, each in one
 * transaction that first locks the event's row: seats are decided one change at a time per event, so an event is
 * never overbooked and a freed seat goes to one person.
 */
@Singleton
public class RegistrationDesk {

    private final Events events;
    private final EventRights rights;
    private final Registrations registrations;
    private final SeatChanges changes;
    private final Clock clock;

    RegistrationDesk(Events events, EventRights rights, Registrations registrations, SeatChanges changes,
                     Clock clock) {
        this.events = events;
        this.rights = rights;
        this.registrations = registrations;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Registers several people for one event in one transaction and under one lock of the event, in the order given
     * ({@link RegistrationLine}). Each gets their standing, or the refusal that concerns them alone (an event they may
     * not see or that is not there is a 404 for each), which changes nothing; any other failure rolls them all back.
     * The seats are counted and those already registered found once for the group. A refusal is made here, not in a
     * transactional bean, whose boundary would mark the whole group's transaction for rollback.
     */
    @Transactional
    public List<Admission> registerAll(EventId eventId, List<Applicant> applicants) {
        var found = events.findForUpdate(eventId);
        var admissions = new ArrayList<Admission>();
        if (found.isEmpty()) {
            applicants.forEach(applicant -> admissions.add(Admission.refused(noEvent(eventId))));
            return admissions;
        }
        var event = found.get();
        var at = now();
        var registered = new HashSet<>(registrations.activeAmong(eventId,
            applicants.stream().map(applicant -> applicant.person().subject()).toList()));
        var tally = registrations.seatTally(eventId, event.description().capacity());
        for (var applicant : applicants) {
            try {
                if (!rights.mayView(event, applicant.person())) {
                    throw noEvent(eventId);
                }
                var change = admit(event, applicant, at, tally, registered);
                tally = tally.after(change);
                registered.add(applicant.person().subject());
                var position = change instanceof RegistrationEvent.Waitlisted waitlisted ? waitlisted.position() : null;
                admissions.add(Admission.of(new Standing(change.registration(), event, position)));
            } catch (Refusal refused) {
                admissions.add(Admission.refused(refused));
            }
        }
        return admissions;
    }

    private static Refusal noEvent(EventId eventId) {
        return Refusal.notFound("no event " + eventId.value());
    }

    /**
     * Refuses, before it writes anything, a registration that breaks a rule; the caller holds the event's lock and
     * knows who is registered already and how the seats stand.
     */
    private RegistrationEvent admit(Event event, Applicant applicant, Instant at, SeatTally tally,
                                    Set<String> registered) {
        var person = applicant.person();
        var command = applicant.command();
        var party = Party.of(command.companions());
        var needs = new AccessibilityNeeds(command.needs(), command.needsNote());
        RegistrationWindow.requireOpenFor(event, new MunicipalityNumber(person.municipality()), at);
        if (registered.contains(person.subject())) {
            throw Refusal.conflict("registration", "you are already registered for this event; cancel it to "
                + "register again with other companions");
        }
        var change = tally.admit(Registration.unplaced(RegistrationId.random(), event.id(), event.municipality(),
            person.subject(), applicant.displayName(), party, needs, at), at);
        changes.added(change);
        return change;
    }

    @Transactional
    public Standing cancelMine(SignedInPerson person, String eventId) {
        var event = locked(rights.visible(eventId, person));
        var mine = registrations.activeOf(event.id(), person.subject())
            .orElseThrow(() -> Refusal.notFound("you are not registered for this event"));
        RegistrationWindow.requireCancellable(event, now());
        var released = registrations.seatPlan(event.id(), event.description().capacity())
            .release(mine, now());
        changes.changed(event, released);
        return new Standing(released.get(0).registration(), event, null);
    }

    /**
     * Gives up, as a cancellation would, the seats and places in line an erased person held for published events that
     * have not begun, so those waiting move up and are told; no message names the erased person. Their registrations
     * for other events need no seat decision: they are deleted with the rest of the person's data.
     */
    @Transactional
    public void releaseEverySeatOf(String personId) {
        var at = now();
        for (var registration : registrations.of(personId)) {
            if (registration.status() == RegistrationStatus.CANCELLED) {
                continue;
            }
            var event = events.findForUpdate(registration.eventId()).orElseThrow();
            var stillHeld = registrations.activeOf(event.id(), personId);
            if (stillHeld.isPresent() && RegistrationWindow.isCancellable(event, at)) {
                changes.releasedByErasure(event, registrations.seatPlan(event.id(), event.description().capacity())
                    .release(stillHeld.get(), at), personId);
            }
        }
    }

    @Transactional
    public Standing checkIn(SignedInPerson organiser, String eventId, String registrationId) {
        var event = locked(rights.organised(eventId, organiser));
        AttendanceWindow.requireCheckInOpen(event, now());
        var registration = RegistrationId.parse(registrationId).flatMap(registrations::find)
            .filter(found -> found.eventId().equals(event.id()))
            .orElseThrow(() -> Refusal.notFound("no registration " + registrationId + " for this event"));
        var checkedIn = registration.checkIn(organiser.subject(), now());
        if (checkedIn != registration) {
            changes.checkedIn(checkedIn);
        }
        return new Standing(checkedIn, event, null);
    }

    /** Checks in someone who came without a registration; refused when the person holds one for the event. */
    @Transactional
    public Standing walkIn(SignedInPerson organiser, String eventId, WalkIn command) {
        var event = locked(rights.organised(eventId, organiser));
        var at = now();
        AttendanceWindow.requireWalkInOpen(event, at);
        var walkIn = Registration.walkIn(RegistrationId.random(), event.id(), event.municipality(),
            command.personId(), command.displayName(), Party.of(command.companions()), organiser.subject(), at);
        if (registrations.activeOf(event.id(), walkIn.personId()).isPresent()) {
            throw Refusal.conflict("personId", "the person is registered for this event: check their registration "
                + "in instead");
        }
        AttendanceWindow.requireRoomFor(event, registrations.checkedInPlaces(event.id()).orElse(0), walkIn.party());
        changes.walkedIn(walkIn);
        return new Standing(walkIn, event, null);
    }

    /** A person's registration as they sent it, with the name their token gives. */
    public record Applicant(SignedInPerson person, String displayName, Register command) {
    }

    /** What became of one applicant of a group: a standing, or the refusal that was theirs alone. */
    public record Admission(Standing standing, Refusal refusal) {

        static Admission of(Standing standing) {
            return new Admission(standing, null);
        }

        static Admission refused(Refusal refusal) {
            return new Admission(null, refusal);
        }
    }

    /** To the microsecond, as PostgreSQL keeps it, so an answer shows the time a later read shows. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Event locked(Event visible) {
        return events.findForUpdate(visible.id()).orElseThrow();
    }
}
