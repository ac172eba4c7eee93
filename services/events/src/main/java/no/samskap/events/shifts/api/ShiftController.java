package no.samskap.events.shifts.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.events.events.api.DisplayName;
import no.samskap.events.shifts.application.ShiftChanges;
import no.samskap.events.shifts.application.ShiftReads;
import no.samskap.platform.security.SignedInPerson;

import java.net.URI;
import java.util.List;

/** Volunteer shifts over HTTP. The volunteer, leader or organiser comes from the validated token, never the body. */
@Controller
class ShiftController {

    private final ShiftChanges changes;
    private final ShiftReads reads;

    ShiftController(ShiftChanges changes, ShiftReads reads) {
        this.changes = changes;
        this.reads = reads;
    }

    @Post("/events/{id}/shifts")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<ShiftViews.ShiftView> create(Authentication authentication, @PathVariable String id,
                                              @Body ShiftRequests.Describe request) {
        var person = SignedInPerson.of(authentication);
        var shift = changes.create(person, id, request.command());
        var created = reads.signUps(shift.id().toString(), person);
        return HttpResponse.created(ShiftViews.ShiftView.of(created), URI.create("/shifts/" + shift.id()));
    }

    @Get("/events/{id}/shifts")
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<ShiftViews.ShiftView> list(@Nullable Authentication authentication, @PathVariable String id) {
        var person = authentication == null ? null : SignedInPerson.of(authentication);
        return reads.ofEvent(id, person).stream().map(ShiftViews.ShiftView::of).toList();
    }

    /** The organisers change a shift's role, times or places needed; fields left out stay as they were. */
    @Patch("/shifts/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    ShiftViews.ShiftView change(Authentication authentication, @PathVariable String id,
                                @Body ShiftRequests.Change request) {
        var person = SignedInPerson.of(authentication);
        var changed = changes.change(person, id, request.command());
        return ShiftViews.ShiftView.of(reads.signUps(changed.id().toString(), person));
    }

    @Post("/shifts/{id}/sign-ups")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<ShiftViews.VolunteersShiftView> signUp(Authentication authentication, @PathVariable String id,
                                                        @Body ShiftRequests.SignUp request) {
        var mine = changes.signUp(SignedInPerson.of(authentication), DisplayName.of(authentication), id,
            request.command());
        return HttpResponse.created(ShiftViews.VolunteersShiftView.of(mine),
            URI.create("/shifts/" + id + "/sign-ups/mine"));
    }

    @Delete("/shifts/{id}/sign-ups/mine")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Void> leave(Authentication authentication, @PathVariable String id) {
        changes.leave(SignedInPerson.of(authentication), id);
        return HttpResponse.noContent();
    }

    @Post("/shifts/{id}/sign-ups/mine/absence")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    ShiftViews.VolunteersShiftView reportAbsence(Authentication authentication, @PathVariable String id,
                                                 @Body ShiftRequests.Absence request) {
        return ShiftViews.VolunteersShiftView.of(changes.reportAbsence(SignedInPerson.of(authentication), id,
            request.command()));
    }

    @Get("/shifts/{id}/sign-ups")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ShiftViews.RosterView signUps(Authentication authentication, @PathVariable String id) {
        return ShiftViews.RosterView.of(reads.signUps(id, SignedInPerson.of(authentication)));
    }

    @Post("/shifts/{id}/sign-ups/{personId}/check-in")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ShiftViews.SignUpView checkIn(Authentication authentication, @PathVariable String id,
                                  @PathVariable String personId) {
        var checked = changes.checkIn(SignedInPerson.of(authentication), id, personId);
        return ShiftViews.SignUpView.of(checked.roster(), checked.signUp());
    }

    @Get("/me/shifts")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    List<ShiftViews.VolunteersShiftView> mine(Authentication authentication) {
        return reads.mine(SignedInPerson.of(authentication)).stream().map(ShiftViews.VolunteersShiftView::of)
            .toList();
    }
}
