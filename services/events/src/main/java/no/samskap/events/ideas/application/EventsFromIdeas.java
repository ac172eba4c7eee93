package no.samskap.events.ideas.application;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.events.Audiences;
import no.samskap.events.events.application.DescribeEvent;
import no.samskap.events.events.application.EventChanges;
import no.samskap.events.events.application.EventRights;
import no.samskap.events.events.application.OsloTime;
import no.samskap.events.events.application.Partners;
import no.samskap.events.events.domain.Event;
import no.samskap.events.events.domain.EventStatus;
import no.samskap.events.events.domain.Events;
import no.samskap.events.events.domain.Refusal;
import no.samskap.events.ideas.domain.CopiedIdea;
import no.samskap.events.ideas.domain.HelpOffer;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Staff make an accepted idea an event in one step: a draft with the idea's title and text, hosted by the unit its
 * service area names, realising the idea, co-hosted by the verified associations whose offers of help were accepted,
 * and listing every accepted offer. One open (draft or published) event per idea: a second would split the help.
 */
@Singleton
public class EventsFromIdeas {

    static final int WEEKS_AHEAD = 4;
    static final LocalTime DEFAULT_START = LocalTime.of(18, 0);

    private final IdeasForEvents ideas;
    private final Events events;
    private final EventChanges changes;
    private final EventRights rights;
    private final Partners partners;
    private final Clock clock;

    EventsFromIdeas(IdeasForEvents ideas, Events events, EventChanges changes, EventRights rights, Partners partners,
                    Clock clock) {
        this.ideas = ideas;
        this.events = events;
        this.changes = changes;
        this.rights = rights;
        this.partners = partners;
        this.clock = clock;
    }

    @Transactional
    public Event draft(SignedInPerson person, String ideaId, EventFromIdea command) {
        var id = parse(ideaId);
        var idea = ideas.lock(id).orElseThrow(() -> Refusal.unprocessable("ideaId", "no accepted idea "
            + ideaId + " is known to the events service"));
        if (!person.isStaffOf(idea.municipality().value())) {
            throw Refusal.forbidden("only the staff of the idea's municipality may make it an event");
        }
        idea.requireAccepted();
        requireNoOpenEvent(idea);
        var offers = ideas.acceptedHelp(id);
        var event = changes.draft(person, idea.municipality().value(), describe(idea, offers, command));
        ideas.carryOver(event.id(), offers);
        return event;
    }

    /**
     * The offers of help an event carries over from its idea. Its organisers see them all; anyone else who may see the
     * event sees only which associations offered what, for a volunteer's own offer and the words of any offer were
     * made to the municipality, not to the public.
     */
    @ReadOnly
    public List<HelpOffer> helpOf(String eventId, SignedInPerson person) {
        var event = rights.visible(eventId, person);
        var offers = ideas.carriedOverTo(event.id());
        if (person != null && rights.organises(event, person)) {
            return offers;
        }
        return offers.stream().filter(offer -> offer.associationId() != null).map(HelpOffer::publicPart).toList();
    }

    private void requireNoOpenEvent(CopiedIdea idea) {
        events.inMunicipality(idea.municipality(), List.of(EventStatus.DRAFT, EventStatus.PUBLISHED)).stream()
            .filter(event -> event.description().ideaIds().contains(idea.id()))
            .findFirst()
            .ifPresent(open -> {
                throw Refusal.conflict("ideaId", "the idea already has the " + open.status().code() + " event "
                    + open.id() + "; change that one, or cancel it first");
            });
    }

    private DescribeEvent describe(CopiedIdea idea, List<HelpOffer> offers, EventFromIdea command) {
        var unit = command.hostingUnit() != null ? command.hostingUnit() : idea.hostingUnit().orElseThrow(
            () -> Refusal.invalid("hostingUnit", "say which unit hosts the event: the idea's service area "
                + idea.serviceArea() + " names none"));
        var given = OsloTime.read("startsAt", command.startsAt());
        var starts = given != null ? given : clock.instant().atZone(OsloTime.OSLO).toLocalDate().plusWeeks(WEEKS_AHEAD).atTime(DEFAULT_START)
                .atZone(OsloTime.OSLO).toInstant();
        var ends = command.endsAt() != null && !command.endsAt().isBlank() ? command.endsAt() : starts.plus(2, ChronoUnit.HOURS).toString();
        var coHosts = offers.stream().map(HelpOffer::associationId).filter(Objects::nonNull).distinct()
            .filter(association -> partners.isVerifiedIn(association, idea.municipality()))
            .map(UUID::toString).toList();
        return new DescribeEvent(idea.title(), idea.description(), unit, coHosts, List.of(idea.id().toString()),
            command.venueId(), starts.toString(), ends,
            command.audience() == null ? Audiences.EVERYONE : command.audience(), List.of(), null,
            command.capacity(), List.of());
    }

    private static UUID parse(String ideaId) {
        try {
            return UUID.fromString(ideaId);
        } catch (IllegalArgumentException notAnId) {
            throw Refusal.notFound("no idea " + ideaId);
        }
    }
}
