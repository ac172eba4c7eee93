package no.samskap.events.registrations.application;

import jakarta.inject.Singleton;
import no.samskap.events.events.application.Attendance;
import no.samskap.events.events.domain.EventId;
import no.samskap.events.registrations.domain.Registrations;

import java.util.OptionalInt;

/** Attendance is the places of the registrations checked in: a person and the companions with them. */
@Singleton
class CheckedInAttendance implements Attendance {

    private final Registrations registrations;

    CheckedInAttendance(Registrations registrations) {
        this.registrations = registrations;
    }

    @Override
    public OptionalInt checkedIn(EventId event) {
        return registrations.checkedInPlaces(event);
    }
}
