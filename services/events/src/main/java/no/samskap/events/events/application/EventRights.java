package no.samskap.events.events.application;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.domain.Event;
import no.samskap.events.events.domain.EventId;
import no.samskap.events.events.domain.EventStatus;
import no.samskap.events.events.domain.Events;
import no.samskap.events.events.domain.Refusal;
import no.samskap.platform.security.SignedInPerson;

import java.util.Collection;
import java.util.UUID;

/**
 * The one place an event right is decided: the staff of the event's municipality and the admins of its verified
 * co-hosting associations organise it; nobody else does. A draft is seen only by its organisers: to anyone else it
 * does not exist (404), so a draft's title does not leak.
 */
@Singleton
public class EventRights {

    private final Events events;
    private final Partners partners;

    EventRights(Events events, Partners partners) {
        this.events = events;
        this.partners = partners;
    }

    /** The event if the person may see it; 404 otherwise. {@code person} is null when anonymous. */
    @ReadOnly
    public Event visible(String eventId, SignedInPerson person) {
        var event = existing(eventId);
        if (!mayView(event, person)) {
            throw Refusal.notFound("no event " + eventId);
        }
        return event;
    }

    /** Whether the person may see the event: a draft only its organisers. */
    public boolean mayView(Event event, SignedInPerson person) {
        return event.status() != EventStatus.DRAFT || person != null && organises(event, person);
    }

    /** The event if the person organises it; 404 for a draft they cannot see, 403 for a public one. */
    public Event organised(String eventId, SignedInPerson person) {
        var event = visible(eventId, person);
        if (!organises(event, person)) {
            throw Refusal.forbidden("only the municipality's staff and the admins of the event's co-hosting "
                + "associations may do this");
        }
        return event;
    }

    public boolean organises(Event event, SignedInPerson person) {
        return person.isStaffOf(event.municipality().value())
            || adminOfAVerified(event.description().coHostIds(), event.municipality(), person);
    }

    /** Whether the person may draft an event with these co-hosts in their municipality; 403 otherwise. */
    public void requireMayDraft(MunicipalityNumber municipality, Collection<UUID> coHosts, SignedInPerson person) {
        if (!person.isStaffOf(municipality.value()) && !adminOfAVerified(coHosts, municipality, person)) {
            throw Refusal.forbidden("only the municipality's staff and admins of a verified co-hosting association "
                + "may create events");
        }
    }

    public Event existing(String eventId) {
        return EventId.parse(eventId).flatMap(events::find)
            .orElseThrow(() -> Refusal.notFound("no event " + eventId));
    }

    private boolean adminOfAVerified(Collection<UUID> associations, MunicipalityNumber municipality,
                                     SignedInPerson person) {
        return associations.stream().anyMatch(association -> partners.isAdmin(association, person.subject())
            && partners.isVerifiedIn(association, municipality));
    }
}
