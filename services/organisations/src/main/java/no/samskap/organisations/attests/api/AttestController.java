package no.samskap.organisations.attests.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import no.samskap.organisations.attests.application.AttestOfficerAppointing;
import no.samskap.organisations.attests.application.AttestRequesting;
import no.samskap.organisations.attests.application.PurposeConfirmations;
import no.samskap.organisations.attests.application.SightingRecords;
import no.samskap.organisations.attests.domain.AttestRole;
import no.samskap.organisations.attests.domain.Sighting;
import no.samskap.platform.security.SignedInPerson;

import java.net.URI;

/**
 * Politiattest over HTTP: sightings, never certificates. Bodies carrying anything beyond their own fields are refused
 * before they get here ({@link OnlyAttestFields}).
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class AttestController {

    private final AttestOfficerAppointing appointing;
    private final SightingRecords sightings;
    private final AttestRequesting requesting;
    private final PurposeConfirmations confirmations;

    AttestController(AttestOfficerAppointing appointing, SightingRecords sightings, AttestRequesting requesting,
                     PurposeConfirmations confirmations) {
        this.appointing = appointing;
        this.sightings = sightings;
        this.requesting = requesting;
        this.confirmations = confirmations;
    }

    @Put("/associations/{id}/attest-officers")
    @Consumes(MediaType.APPLICATION_JSON)
    AttestViews.Officers appoint(Authentication authentication, @PathVariable String id,
                                 @Body @Valid AttestRequestBodies.Officers request) {
        return AttestViews.Officers.of(appointing.appoint(SignedInPerson.of(authentication), id,
            request.responsibleId(), request.deputyId()));
    }

    @Get("/associations/{id}/attest-officers")
    AttestViews.Officers officers(Authentication authentication, @PathVariable String id) {
        return AttestViews.Officers.of(appointing.of(SignedInPerson.of(authentication), id));
    }

    @Post("/associations/{id}/attest-sightings")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<AttestViews.SightingView> record(Authentication authentication, @PathVariable String id,
                                                  @Body @Valid AttestRequestBodies.Sighting request) {
        var seen = new Sighting.Seen(request.volunteerId(), new AttestRole(request.role(), request.roleName()),
            AttestRequestBodies.date("seenOn", request.seenOn()), request.validYears(), request.guardianConsent());
        var sighting = sightings.record(SignedInPerson.of(authentication), id, seen);
        return HttpResponse.created(AttestViews.SightingView.of(sighting),
            URI.create("/associations/" + id + "/attest-sightings"));
    }

    @Get("/associations/{id}/attest-sightings")
    AttestViews.Sightings sightings(Authentication authentication, @PathVariable String id) {
        return AttestViews.Sightings.of(sightings.of(SignedInPerson.of(authentication), id));
    }

    @Post("/associations/{id}/attest-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<AttestViews.RequestView> request(Authentication authentication, @PathVariable String id,
                                                  @Body @Valid AttestRequestBodies.Request request) {
        var asked = requesting.request(SignedInPerson.of(authentication), id, request.volunteerId(),
            new AttestRole(request.role(), request.roleName()));
        return HttpResponse.created(AttestViews.RequestView.of(asked),
            URI.create("/associations/" + id + "/attest-requests"));
    }

    @Get("/associations/{id}/attest-requests")
    AttestViews.Requests requests(Authentication authentication, @PathVariable String id) {
        return AttestViews.Requests.of(requesting.of(SignedInPerson.of(authentication), id));
    }

    @Get("/associations/{id}/attest-purpose-confirmation")
    AttestViews.Confirmation confirmation(Authentication authentication, @PathVariable String id,
                                          @QueryValue @Nullable String volunteerId, @QueryValue @Nullable String role,
                                          @QueryValue @Nullable String roleName) {
        return AttestViews.Confirmation.of(confirmations.confirm(SignedInPerson.of(authentication), id, volunteerId,
            new AttestRole(role, roleName)));
    }

    @Get("/me/attest-requests")
    AttestViews.OwnRequests mine(Authentication authentication) {
        return AttestViews.OwnRequests.of(requesting.mine(SignedInPerson.of(authentication)));
    }
}
