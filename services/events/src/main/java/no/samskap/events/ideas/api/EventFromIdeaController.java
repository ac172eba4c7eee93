package no.samskap.events.ideas.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.events.events.api.EventView;
import no.samskap.events.ideas.application.EventFromIdea;
import no.samskap.events.ideas.application.EventsFromIdeas;
import no.samskap.events.ideas.domain.HelpOffer;
import no.samskap.platform.security.SignedInPerson;

import java.net.URI;
import java.util.List;

/** Staff make an accepted idea a draft event; an event lists the offers of help it carried over from its idea. */
@Controller
class EventFromIdeaController {

    private final EventsFromIdeas eventsFromIdeas;

    EventFromIdeaController(EventsFromIdeas eventsFromIdeas) {
        this.eventsFromIdeas = eventsFromIdeas;
    }

    @Post("/ideas/{ideaId}/event")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<EventView> draft(Authentication authentication, @PathVariable String ideaId,
                                  @Nullable @Body Request request) {
        var settled = request == null ? new Request(null, null, null, null, null, null) : request;
        var event = eventsFromIdeas.draft(SignedInPerson.of(authentication), ideaId, settled.command());
        return HttpResponse.created(EventView.of(event), URI.create("/events/" + event.id()));
    }

    @Get("/events/{id}/help-offers")
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<HelpOfferView> helpOffers(@Nullable Authentication authentication, @PathVariable String id) {
        var person = authentication == null ? null : SignedInPerson.of(authentication);
        return eventsFromIdeas.helpOf(id, person).stream().map(HelpOfferView::of).toList();
    }

    @Serdeable
    record Request(@Nullable String hostingUnit, @Nullable String venueId, @Nullable String startsAt,
                   @Nullable String endsAt, @Nullable String audience, @Nullable Integer capacity) {

        EventFromIdea command() {
            return new EventFromIdea(hostingUnit, venueId, startsAt, endsAt, audience, capacity);
        }
    }

    /**
     * An accepted offer of help the event carried over from its idea; {@code associationId} null for a volunteer's.
     * {@code hours} and {@code description} only for the event's organisers.
     */
    @Serdeable
    record HelpOfferView(String offerId, String ideaId, @Nullable String associationId, String kind,
                         @Nullable Double hours, @Nullable String description) {

        static HelpOfferView of(HelpOffer offer) {
            return new HelpOfferView(offer.id().toString(), offer.ideaId().toString(),
                offer.associationId() == null ? null : offer.associationId().toString(), offer.kind(), offer.hours(),
                offer.description());
        }
    }
}
