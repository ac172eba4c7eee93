package no.samskap.events.events.application;

import no.samskap.events.events.domain.EventId;

import java.util.OptionalInt;

/** How many were checked in at an event, when check-in was used. */
public interface Attendance {

    OptionalInt checkedIn(EventId event);
}
