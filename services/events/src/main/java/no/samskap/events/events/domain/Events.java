package no.samskap.events.events.domain;

import no.samskap.contract.MunicipalityNumber;

import java.util.List;
import java.util.Optional;

/** Where events are kept. {@code update} fails with an optimistic lock error when the version moved on. */
public interface Events {

    Event add(Event event);

    Event update(Event event);

    Optional<Event> find(EventId id);

    /** Locks the event's row for the rest of the transaction, so seat counts and status are decided one at a time. */
    Optional<Event> findForUpdate(EventId id);

    List<Event> inMunicipality(MunicipalityNumber municipality, List<EventStatus> statuses);
}
