package no.samskap.gateway.organisations.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.samskap.gateway.organisations.commands.AssociationWrites;
import no.samskap.gateway.shell.api.CallsAService;
import no.samskap.gateway.shell.writes.WriteOutcome;
import reactor.core.publisher.Mono;

/**
 * Every write to an association, and what only the service can read (members by name, the register's roles), for
 * anyone signed in: the organisations service decides who may. Bodies are passed on as they came, for it to check.
 */
@CallsAService
@Controller("/api/associations")
@Secured(SecurityRule.IS_AUTHENTICATED)
class AssociationCommandController {

    private final AssociationWrites writes;

    AssociationCommandController(AssociationWrites writes) {
        this.writes = writes;
    }

    /** Registers an association of the person's own municipality; they become its first admin. */
    @ApiResponse(responseCode = "201", description = "The association, registered; Location names it.")
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> register(HttpRequest<?> request, @Body @Nullable byte[] association) {
        return answer(request, writes.register(request, association));
    }

    @Patch("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> update(HttpRequest<?> request, @PathVariable String id,
                                        @Body @Nullable byte[] changes) {
        return answer(request, writes.update(request, Ids.required("association", id), changes));
    }

    /** Staff of the association's municipality verify it. */
    @Post("/{id}/verification")
    Mono<MutableHttpResponse<?>> verify(HttpRequest<?> request, @PathVariable String id) {
        return answer(request, writes.verify(request, Ids.required("association", id)));
    }

    /** The board and other roles Enhetsregisteret lists for the association's organisation number, asked live. */
    @Get("/{id}/register-roles")
    Mono<MutableHttpResponse<?>> registerRoles(HttpRequest<?> request, @PathVariable String id) {
        return answer(request, writes.read(request, "/associations/" + Ids.required("association", id)
            + "/register-roles"));
    }

    /** The members by name, for its members and the municipality's staff. */
    @Get("/{id}/members")
    Mono<MutableHttpResponse<?>> members(HttpRequest<?> request, @PathVariable String id) {
        return answer(request, writes.read(request, "/associations/" + Ids.required("association", id)
            + "/members"));
    }

    /** An admin invites someone by username or e-mail; an unknown person is refused naming {@code invitee}. */
    @ApiResponse(responseCode = "201", description = "The invitation, sent.")
    @Post("/{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> invite(HttpRequest<?> request, @PathVariable String id,
                                        @Body @Nullable byte[] invitation) {
        return answer(request, writes.invite(request, Ids.required("association", id), invitation));
    }

    /** The invitations waiting for an answer, for the association's admins; asked live. */
    @Get("/{id}/invitations")
    Mono<MutableHttpResponse<?>> openInvitations(HttpRequest<?> request, @PathVariable String id) {
        return answer(request, writes.read(request, "/associations/" + Ids.required("association", id)
            + "/invitations"));
    }

    /** An admin withdraws an open invitation; {@code 409} once the invitee has answered it. */
    @ApiResponse(responseCode = "204", description = "The invitation is withdrawn.")
    @Delete("/{id}/invitations/{invitationId}")
    Mono<MutableHttpResponse<?>> withdraw(HttpRequest<?> request, @PathVariable String id,
                                          @PathVariable String invitationId) {
        return answer(request, writes.withdraw(request, Ids.required("association", id),
            Ids.required("invitation", invitationId)));
    }

    @Put("/{id}/members/{personId}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> changeRole(HttpRequest<?> request, @PathVariable String id,
                                            @PathVariable String personId, @Body @Nullable byte[] role) {
        return answer(request, writes.changeRole(request, Ids.required("association", id), Ids.person(personId), role));
    }

    /** An admin removes a member, or a member leaves; the last admin cannot. */
    @ApiResponse(responseCode = "204", description = "The member is removed.")
    @Delete("/{id}/members/{personId}")
    Mono<MutableHttpResponse<?>> remove(HttpRequest<?> request, @PathVariable String id,
                                        @PathVariable String personId) {
        return answer(request, writes.remove(request, Ids.required("association", id), Ids.person(personId)));
    }

    private Mono<MutableHttpResponse<?>> answer(HttpRequest<?> request, Mono<WriteOutcome> outcome) {
        return outcome.map(written -> writes.answer(request, written));
    }
}
