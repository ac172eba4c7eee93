package no.samskap.events.events.application;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.domain.Event;
import no.samskap.events.events.domain.EventStatus;
import no.samskap.events.events.domain.Events;
import no.samskap.platform.security.SignedInPerson;

import java.util.List;

/** The events of a municipality: the public see published and past ones; organisers see their drafts too. */
@Singleton
public class EventLists {

    private final Events events;
    private final EventRights rights;

    EventLists(Events events, EventRights rights) {
        this.events = events;
        this.rights = rights;
    }

    @ReadOnly
    public List<Event> of(MunicipalityNumber municipality, SignedInPerson person) {
        return events.inMunicipality(municipality, List.of(EventStatus.values())).stream()
            .filter(event -> event.status() != EventStatus.DRAFT || person != null && rights.organises(event, person))
            .toList();
    }
}
