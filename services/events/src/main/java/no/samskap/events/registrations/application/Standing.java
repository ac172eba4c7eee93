package no.samskap.events.registrations.application;

import no.samskap.events.events.domain.Event;
import no.samskap.events.registrations.domain.Registration;

/** A registration with the event it is for and, while it waits, its place in line (1 is next). */
public record Standing(Registration registration, Event event, Integer position) {
}
