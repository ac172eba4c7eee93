package no.samskap.organisations.members.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.organisations.members.application.MemberInvitations;
import no.samskap.organisations.members.application.Memberships;
import no.samskap.platform.security.SignedInPerson;

import java.net.URI;
import java.util.List;

/** An association's members and its open invitations. */
@Controller("/associations/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MemberController {

    private final Memberships memberships;
    private final MemberInvitations invitations;

    MemberController(Memberships memberships, MemberInvitations invitations) {
        this.memberships = memberships;
        this.invitations = invitations;
    }

    @Get("/members")
    List<MemberViews.Member> members(Authentication authentication, @PathVariable String id) {
        return memberships.of(SignedInPerson.of(authentication), id).stream().map(MemberViews.Member::of).toList();
    }

    @Put("/members/{personId}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    MemberViews.Member changeRole(Authentication authentication, @PathVariable String id,
                                  @PathVariable String personId, @Body MemberViews.RoleChange change) {
        return MemberViews.Member.of(memberships.changeRole(SignedInPerson.of(authentication), id, personId,
            change.role()));
    }

    @Delete("/members/{personId}")
    HttpResponse<Void> remove(Authentication authentication, @PathVariable String id, @PathVariable String personId) {
        memberships.remove(SignedInPerson.of(authentication), id, personId);
        return HttpResponse.noContent();
    }

    @Post("/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<MemberViews.SentInvitation> invite(Authentication authentication, @PathVariable String id,
                                                    @Body MemberViews.Invite invite) {
        var invitation = invitations.invite(SignedInPerson.of(authentication), id, invite.invitee(), invite.role());
        return HttpResponse.created(MemberViews.SentInvitation.of(invitation),
            URI.create("/invitations/" + invitation.id()));
    }

    /** An admin takes back an open invitation; {@code 409} once the invitee has answered it. */
    @Delete("/invitations/{invitationId}")
    HttpResponse<Void> withdraw(Authentication authentication, @PathVariable String id,
                                @PathVariable String invitationId) {
        invitations.withdraw(SignedInPerson.of(authentication), id, invitationId);
        return HttpResponse.noContent();
    }

    @Get("/invitations")
    List<MemberViews.OpenInvitation> openInvitations(Authentication authentication, @PathVariable String id) {
        return invitations.openIn(SignedInPerson.of(authentication), id).stream()
            .map(MemberViews.OpenInvitation::of).toList();
    }
}
