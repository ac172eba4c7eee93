package no.samskap.events.events.application;

import no.samskap.events.events.domain.Event;

import java.time.Instant;

/**
 * Other capabilities of the service (registrations, shifts) act on an event's turns in the same transaction: every
 * bean of this type is called after the change is stored, so registrants are told of a cancellation with it or
 * not at all.
 */
public interface EventLifecycleListener {

    /** Refuses a publication the capability cannot live with (its venue is taken at that time). */
    default void publishing(Event event, String by, Instant at) {
    }

    default void cancelled(Event event, String reason, Instant at) {
    }

    default void completed(Event event, Instant at) {
    }

    /** Refuses a change of the event's description that the capability cannot live with (a capacity too small). */
    default void describing(Event before, Event after) {
    }
}
