package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.application.IdeaHiding;
import no.samskap.proposals.ideas.application.IdeaReadings;

import java.util.Optional;

/** Anyone signed in reports a published idea; the municipality's staff hide it with a reason or restore it. */
@Controller("/ideas/{id}")
class IdeaHidingController {

    private final IdeaHiding hiding;
    private final IdeaReadings readings;

    IdeaHidingController(IdeaHiding hiding, IdeaReadings readings) {
        this.hiding = hiding;
        this.readings = readings;
    }

    /** Says nothing about the idea's reports, not even whether this one hid it. */
    @Post("/reports")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Void> report(Authentication authentication, @PathVariable String id,
                              @Body @Valid ModerationRequests.Reason request) {
        hiding.report(SignedInPerson.of(authentication), id, request.reason());
        return HttpResponse.noContent();
    }

    @Post("/hiding")
    @Secured({Roles.STAFF, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    IdeaView hide(Authentication authentication, @PathVariable String id, @Body @Valid ModerationRequests.Reason request) {
        var staff = SignedInPerson.of(authentication);
        hiding.hide(staff, id, request.reason());
        return IdeaView.of(readings.find(Optional.of(staff), id));
    }

    @Post("/restoring")
    @Secured({Roles.STAFF, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    IdeaView restore(Authentication authentication, @PathVariable String id,
                     @Body @Valid ModerationRequests.Reason request) {
        var staff = SignedInPerson.of(authentication);
        hiding.restore(staff, id, request.reason());
        return IdeaView.of(readings.find(Optional.of(staff), id));
    }
}
