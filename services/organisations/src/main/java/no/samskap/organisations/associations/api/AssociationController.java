package no.samskap.organisations.associations.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import no.samskap.organisations.associations.application.AssociationDescriptions;
import no.samskap.organisations.associations.application.AssociationRegisterChecks;
import no.samskap.organisations.associations.application.AssociationRegistrations;
import no.samskap.organisations.associations.application.AssociationRights;
import no.samskap.organisations.associations.application.AssociationVerification;
import no.samskap.organisations.associations.application.DescribeAssociation;
import no.samskap.organisations.associations.application.RegisterAssociation;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;

import java.net.URI;

/** Associations over HTTP. The registrant and their municipality come from the validated token, never the body. */
@Controller("/associations")
class AssociationController {

    private final AssociationRegistrations registrations;
    private final AssociationDescriptions descriptions;
    private final AssociationVerification verification;
    private final AssociationRights rights;
    private final AssociationRegisterChecks registerChecks;

    AssociationController(AssociationRegistrations registrations, AssociationDescriptions descriptions,
                          AssociationVerification verification, AssociationRights rights,
                          AssociationRegisterChecks registerChecks) {
        this.registrations = registrations;
        this.registerChecks = registerChecks;
        this.descriptions = descriptions;
        this.verification = verification;
        this.rights = rights;
    }

    @Post
    @Secured(Roles.RESIDENT)
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<AssociationView> register(Authentication authentication,
                                           @Body @Valid AssociationRequests.Register request) {
        var resident = SignedInPerson.of(authentication);
        var association = registrations.register(new RegisterAssociation(resident.municipality(), resident.subject(),
            request.organisationNumber(), request.name(), request.type(), request.description(),
            request.contactEmail(), request.contactPhone(), request.website(), request.parentAssociationId()));
        registerChecks.checkSoon(association.id());
        return HttpResponse.created(AssociationView.of(association), URI.create("/associations/" + association.id()));
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    AssociationView find(@PathVariable String id) {
        return AssociationView.of(rights.existing(id));
    }

    @Patch("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    AssociationView describe(Authentication authentication, @PathVariable String id,
                             @Body @Valid AssociationRequests.Describe request) {
        return AssociationView.of(descriptions.describe(SignedInPerson.of(authentication), id,
            new DescribeAssociation(request.name(), request.type(), request.description(), request.contactEmail(),
                request.contactPhone(), request.website(), request.parentAssociationId())));
    }

    @Post("/{id}/verification")
    @Secured({Roles.STAFF, Roles.ADMIN})
    AssociationView verify(Authentication authentication, @PathVariable String id) {
        return AssociationView.of(verification.verify(SignedInPerson.of(authentication), id));
    }
}
