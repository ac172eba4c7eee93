package no.samskap.organisations.volunteers.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.volunteers.application.VolunteerFinder;
import no.samskap.organisations.volunteers.application.VolunteerProfiles;
import no.samskap.organisations.volunteers.domain.VolunteerProfile;
import no.samskap.platform.security.SignedInPerson;

/** A person's own volunteer profile, and the search staff and association admins use to find volunteers. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class VolunteerController {

    private final VolunteerProfiles profiles;
    private final VolunteerFinder finder;

    VolunteerController(VolunteerProfiles profiles, VolunteerFinder finder) {
        this.profiles = profiles;
        this.finder = finder;
    }

    @Put("/me/volunteer")
    @Consumes(MediaType.APPLICATION_JSON)
    VolunteerView put(Authentication authentication, @Body @Valid VolunteerRequests.Profile request) {
        var details = new VolunteerProfile.Details(request.skills(), request.availability(),
            request.availabilityNote(), request.languages(), Boolean.TRUE.equals(request.contactConsent()),
            request.ageBand());
        return VolunteerView.of(profiles.put(SignedInPerson.of(authentication), details));
    }

    @Get("/me/volunteer")
    VolunteerView mine(Authentication authentication) {
        return profiles.of(SignedInPerson.of(authentication)).map(VolunteerView::of)
            .orElseThrow(() -> Refusal.notFound("you have no volunteer profile"));
    }

    @Delete("/me/volunteer")
    HttpResponse<Void> withdraw(Authentication authentication) {
        profiles.withdraw(SignedInPerson.of(authentication));
        return HttpResponse.noContent();
    }

    @Get("/volunteers")
    FoundVolunteers find(Authentication authentication, @QueryValue @Nullable String municipality,
                         @QueryValue @Nullable String skill, @QueryValue @Nullable String availability) {
        return FoundVolunteers.of(finder.find(SignedInPerson.of(authentication), municipality, skill, availability));
    }
}
