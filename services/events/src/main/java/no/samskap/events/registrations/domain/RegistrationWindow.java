package no.samskap.events.registrations.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.domain.Event;
import no.samskap.events.events.domain.EventStatus;
import no.samskap.events.events.domain.Refusal;

import java.time.Instant;

/** When registrations for an event may be made and cancelled, and by whom: each rule names what is at fault. */
public final class RegistrationWindow {

    private RegistrationWindow() {
    }

    /** Published, not yet started, and in the person's own municipality. */
    public static void requireOpenFor(Event event, MunicipalityNumber personsMunicipality, Instant at) {
        requireOpen(event, at, "registration");
        if (!event.municipality().equals(personsMunicipality)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "municipality", "only residents of municipality "
                + event.municipality().value() + " may register for this event");
        }
    }

    public static void requireCancellable(Event event, Instant at) {
        requireOpen(event, at, "cancelling a registration");
    }

    /** Whether a registration for the event could be cancelled now: published, and not yet begun. */
    public static boolean isCancellable(Event event, Instant at) {
        return event.status() == EventStatus.PUBLISHED && event.description().startsAt().isAfter(at);
    }

    private static void requireOpen(Event event, Instant at, String what) {
        if (event.status() != EventStatus.PUBLISHED) {
            throw Refusal.conflict("status", what + " is possible only while an event is published; this event is "
                + event.status().code());
        }
        if (!event.description().startsAt().isAfter(at)) {
            throw Refusal.conflict("startsAt", "the event has started or is over: " + what + " is closed");
        }
    }
}
