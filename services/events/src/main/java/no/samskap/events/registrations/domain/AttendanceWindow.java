package no.samskap.events.registrations.domain;

import no.samskap.events.events.domain.Event;
import no.samskap.events.events.domain.EventStatus;
import no.samskap.events.events.domain.Refusal;

import java.time.Duration;
import java.time.Instant;

/**
 * When organisers may record who came: registrants are checked in from publication, people who walk in without a
 * registration once the event has started; both until {@link #AFTER_COMPLETION} after staff completed it, so a paper
 * list from the door or a co-host's list can be entered afterwards (ADR 0041). Each rule names what is at fault.
 */
public final class AttendanceWindow {

    /** As long as feedback stays editable, and about as long as a door list is remembered. */
    public static final Duration AFTER_COMPLETION = Duration.ofDays(14);

    private AttendanceWindow() {
    }

    public static void requireCheckInOpen(Event event, Instant at) {
        if (event.status() == EventStatus.PUBLISHED) {
            return;
        }
        requireRecentlyCompleted(event, at, "attendees are checked in");
    }

    public static void requireWalkInOpen(Event event, Instant at) {
        if (event.status() == EventStatus.PUBLISHED) {
            if (event.description().startsAt().isAfter(at)) {
                throw Refusal.conflict("startsAt", "the event has not started: until it does, people register "
                    + "themselves; walk-ins are recorded once it has begun");
            }
            return;
        }
        requireRecentlyCompleted(event, at, "walk-ins are recorded");
    }

    /** A walk-in takes places at the door: refused when those checked in already fill the event's capacity. */
    public static void requireRoomFor(Event event, int checkedInPlaces, Party party) {
        var capacity = event.description().capacity();
        if (capacity != null && checkedInPlaces + party.places() > capacity) {
            throw Refusal.conflict("capacity", checkedInPlaces + " of " + capacity + " places are checked in: "
                + party.places() + " more do not fit");
        }
    }

    /** An event completed before the time was kept counts from its end, the earliest it can have been completed. */
    private static void requireRecentlyCompleted(Event event, Instant at, String what) {
        if (event.status() != EventStatus.COMPLETED) {
            throw Refusal.conflict("status", what + " while the event is published or recently completed; this "
                + "event is " + event.status().code());
        }
        var completedAt = event.completedAt() == null ? event.description().endsAt() : event.completedAt();
        if (at.isAfter(completedAt.plus(AFTER_COMPLETION))) {
            throw Refusal.conflict("completedAt", what + " until " + AFTER_COMPLETION.toDays() + " days after the "
                + "event was completed; that time is over");
        }
    }
}
