package no.samskap.organisations.hours.api;

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
import no.samskap.organisations.hours.application.HoursDecisions;
import no.samskap.organisations.hours.application.HoursLists;
import no.samskap.organisations.hours.application.HoursLogging;
import no.samskap.organisations.hours.application.LogHours;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;

import java.net.URI;
import java.util.List;

/** Volunteers log hours; an association's admins, or the municipality's staff, approve or reject them. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class HoursController {

    private final HoursLogging logging;
    private final HoursDecisions decisions;
    private final HoursLists lists;

    HoursController(HoursLogging logging, HoursDecisions decisions, HoursLists lists) {
        this.logging = logging;
        this.decisions = decisions;
        this.lists = lists;
    }

    @Post("/hours")
    @Secured(Roles.RESIDENT)
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<HoursView> log(Authentication authentication, @Body HoursBodies.Log body) {
        var entry = logging.log(SignedInPerson.of(authentication), new LogHours(body.offerId(), body.date(),
            body.hours(), body.role(), body.note()));
        return HttpResponse.created(HoursView.of(entry), URI.create("/hours/" + entry.id()));
    }

    @Post("/hours/{id}/approval")
    HoursView approve(Authentication authentication, @PathVariable String id) {
        return HoursView.of(decisions.approve(SignedInPerson.of(authentication), id));
    }

    @Post("/hours/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    HoursView reject(Authentication authentication, @PathVariable String id, @Body HoursBodies.Rejection body) {
        return HoursView.of(decisions.reject(SignedInPerson.of(authentication), id, body.reason()));
    }

    @Get("/me/hours")
    List<HoursView> mine(Authentication authentication) {
        return lists.of(SignedInPerson.of(authentication)).stream().map(HoursView::of).toList();
    }

    /** Hours on volunteers' own offers, waiting for the municipality's staff. */
    @Get("/hours{?status}")
    List<HoursView> waitingForStaff(Authentication authentication, @Nullable @QueryValue String status) {
        onlyWaiting(status);
        return lists.waitingForStaff(SignedInPerson.of(authentication)).stream().map(HoursView::of).toList();
    }

    @Get("/associations/{id}/hours{?status}")
    List<HoursView> waitingForAssociation(Authentication authentication, @PathVariable String id,
                                          @Nullable @QueryValue String status) {
        onlyWaiting(status);
        return lists.waitingForAssociation(SignedInPerson.of(authentication), id).stream()
            .map(HoursView::of).toList();
    }

    private static void onlyWaiting(String status) {
        if (status != null && !status.equals("logged")) {
            throw Refusal.invalid("status", "approvers list the hours waiting for them: status=logged");
        }
    }
}
