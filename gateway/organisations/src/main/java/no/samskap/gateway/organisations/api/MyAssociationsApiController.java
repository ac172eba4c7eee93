package no.samskap.gateway.organisations.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.samskap.gateway.organisations.commands.AssociationWrites;
import no.samskap.gateway.organisations.members.Memberships;
import no.samskap.gateway.shell.api.CallsAService;
import no.samskap.gateway.shell.writes.WriteOutcome;
import reactor.core.publisher.Mono;

import java.util.List;

/** The signed-in person's own associations and the invitations waiting for their answer. */
@CallsAService
@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MyAssociationsApiController {

    private final Memberships memberships;
    private final AssociationWrites writes;

    MyAssociationsApiController(Memberships memberships, AssociationWrites writes) {
        this.memberships = memberships;
        this.writes = writes;
    }

    /** From the gateway's read model, so it answers with the service down. */
    @Get("/associations")
    @ExecuteOn(TaskExecutors.BLOCKING)
    List<Memberships.Membership> associations(HttpRequest<?> request) {
        return AssociationWrites.subjectOf(request).map(memberships::of).orElse(List.of());
    }

    /** Invitations are the service's alone: no message carries them, so they are asked live. */
    @Get("/association-invitations")
    Mono<MutableHttpResponse<?>> invitations(HttpRequest<?> request) {
        return answer(request, writes.read(request, "/me/invitations"));
    }

    @Post("/association-invitations/{id}/acceptance")
    Mono<MutableHttpResponse<?>> accept(HttpRequest<?> request, @PathVariable String id) {
        return answer(request, writes.accept(request, Ids.required("invitation", id)));
    }

    @ApiResponse(responseCode = "204", description = "The invitation is refused.")
    @Post("/association-invitations/{id}/refusal")
    Mono<MutableHttpResponse<?>> refuse(HttpRequest<?> request, @PathVariable String id) {
        return answer(request, writes.refuse(request, Ids.required("invitation", id)));
    }

    private Mono<MutableHttpResponse<?>> answer(HttpRequest<?> request, Mono<WriteOutcome> outcome) {
        return outcome.map(written -> writes.answer(request, written));
    }
}
