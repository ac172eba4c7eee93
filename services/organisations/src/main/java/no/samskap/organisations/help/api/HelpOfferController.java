package no.samskap.organisations.help.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.help.application.HelpOfferLists;
import no.samskap.organisations.help.application.HelpOfferings;
import no.samskap.organisations.help.application.OfferHelp;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;

import java.net.URI;
import java.util.List;

/**
 * Offers of help over HTTP. The offerer and their municipality come from the token; the gateway checks that the
 * idea exists in the proposals service before it relays an offer here.
 */
@Controller
class HelpOfferController {

    private final HelpOfferings offerings;
    private final HelpOfferLists lists;

    HelpOfferController(HelpOfferings offerings, HelpOfferLists lists) {
        this.offerings = offerings;
        this.lists = lists;
    }

    @Post("/help-offers")
    @Secured(Roles.RESIDENT)
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<OfferViews.Full> offer(Authentication authentication, @Body HelpRequestBodies.Offer body) {
        var offer = offerings.offer(SignedInPerson.of(authentication), new OfferHelp(body.ideaId(),
            body.associationId(), body.kind(), body.hours(), body.skills(), body.description()));
        return HttpResponse.created(OfferViews.Full.of(offer), URI.create("/help-offers/" + offer.id()));
    }

    @Get("/help-offers{?status}")
    @Secured({Roles.STAFF, Roles.ADMIN})
    List<OfferViews.Full> waiting(Authentication authentication, @Nullable @QueryValue String status) {
        if (status != null && !status.equals("offered")) {
            throw Refusal.invalid("status", "staff list the offers waiting for an answer: status=offered");
        }
        return lists.waitingFor(SignedInPerson.of(authentication)).stream().map(OfferViews.Full::of).toList();
    }

    @Get("/help-offers/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Object find(Authentication authentication, @PathVariable String id) {
        var person = SignedInPerson.of(authentication);
        var offer = lists.seenBy(person, id);
        var full = offer.offeredBy().equals(person.subject()) || person.isStaffOf(offer.municipality().value());
        return full ? OfferViews.Full.of(offer) : OfferViews.Public.of(offer);
    }

    @Post("/help-offers/{id}/acceptance")
    @Secured({Roles.STAFF, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    OfferViews.Full accept(Authentication authentication, @PathVariable String id,
                           @Nullable @Body HelpRequestBodies.Acceptance body) {
        return OfferViews.Full.of(offerings.accept(SignedInPerson.of(authentication), id,
            body == null ? null : body.note()));
    }

    @Post("/help-offers/{id}/decline")
    @Secured({Roles.STAFF, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    OfferViews.Full decline(Authentication authentication, @PathVariable String id,
                            @Body HelpRequestBodies.Decline body) {
        return OfferViews.Full.of(offerings.decline(SignedInPerson.of(authentication), id, body.reason()));
    }

    @Get("/ideas/{ideaId}/help-offers{?status}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<OfferViews.Public> ofIdea(@PathVariable String ideaId, @Nullable @QueryValue String status) {
        onlyAccepted(status);
        return lists.acceptedForIdea(ideaId).stream().map(OfferViews.Public::of).toList();
    }

    @Get("/associations/{id}/help-offers{?status}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<OfferViews.Public> ofAssociation(@PathVariable String id, @Nullable @QueryValue String status) {
        onlyAccepted(status);
        return lists.acceptedOfAssociation(id).stream().map(OfferViews.Public::of).toList();
    }

    @Get("/me/help-offers")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    List<OfferViews.Full> mine(Authentication authentication) {
        return lists.madeBy(SignedInPerson.of(authentication)).stream().map(OfferViews.Full::of).toList();
    }

    private static void onlyAccepted(String status) {
        if (status != null && !status.equals("accepted")) {
            throw Refusal.invalid("status", "only accepted offers are listed publicly: status=accepted");
        }
    }
}
