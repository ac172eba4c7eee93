package no.samskap.organisations.members.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.organisations.members.application.MemberInvitations;
import no.samskap.organisations.members.application.Memberships;
import no.samskap.platform.security.SignedInPerson;

import java.util.List;

/** A person's own invitations and associations, and their answers to invitations. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class InvitationController {

    private final MemberInvitations invitations;
    private final Memberships memberships;

    InvitationController(MemberInvitations invitations, Memberships memberships) {
        this.invitations = invitations;
        this.memberships = memberships;
    }

    @Post("/invitations/{id}/acceptance")
    MemberViews.MyAssociation accept(Authentication authentication, @PathVariable String id) {
        return MemberViews.MyAssociation.of(invitations.accept(SignedInPerson.of(authentication), id));
    }

    @Post("/invitations/{id}/refusal")
    HttpResponse<Void> refuse(Authentication authentication, @PathVariable String id) {
        invitations.refuse(SignedInPerson.of(authentication), id);
        return HttpResponse.noContent();
    }

    @Get("/me/invitations")
    List<MemberViews.MyInvitation> myInvitations(Authentication authentication) {
        return invitations.openFor(SignedInPerson.of(authentication)).stream().map(MemberViews.MyInvitation::of)
            .toList();
    }

    @Get("/me/associations")
    List<MemberViews.MyAssociation> myAssociations(Authentication authentication) {
        return memberships.ofPerson(SignedInPerson.of(authentication)).stream().map(MemberViews.MyAssociation::of)
            .toList();
    }
}
