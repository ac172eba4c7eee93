package no.samskap.feedback.feedback.application;

import no.samskap.feedback.feedback.domain.KnownEvent;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the service has learnt from the events service's messages about events and who attended them. */
public interface EventAttendance {

    Optional<KnownEvent> event(UUID eventId);

    /** Whether the person held seats at the event when it took place, was checked in, or worked a shift at it. */
    boolean attended(UUID eventId, String personId);

    /** The titles of those of the events the service knows. */
    Map<UUID, String> titles(Collection<UUID> eventIds);
}
