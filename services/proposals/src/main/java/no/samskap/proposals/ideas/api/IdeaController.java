package no.samskap.proposals.ideas.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import no.samskap.platform.blocks.RefusesBlockedWritersItself;
import no.samskap.platform.idempotency.IdempotencyKey;
import no.samskap.platform.ratelimits.CountsWritesItself;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.application.EditIdea;
import no.samskap.proposals.ideas.application.IdeaEditing;
import no.samskap.proposals.ideas.application.IdeaReadings;
import no.samskap.proposals.ideas.application.IdeaSubmissions;
import no.samskap.proposals.ideas.application.SubmitIdea;

import java.net.URI;
import java.util.Optional;

/** Ideas over HTTP. The author and their municipality come from the validated access token, never the body. */
@Controller("/ideas")
class IdeaController {

    private final IdeaSubmissions submissions;
    private final IdeaReadings readings;
    private final IdeaEditing editing;

    IdeaController(IdeaSubmissions submissions, IdeaReadings readings, IdeaEditing editing) {
        this.submissions = submissions;
        this.readings = readings;
        this.editing = editing;
    }

    @Post
    @Secured(Roles.RESIDENT)
    @RefusesBlockedWritersItself
    @CountsWritesItself
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<IdeaView> submit(Authentication authentication, @Body @Valid SubmitIdeaRequest request,
                                  @Header(IdempotencyKey.HEADER) @Nullable String idempotencyKey) {
        var resident = SignedInPerson.of(authentication);
        var command = new SubmitIdea(resident.municipality(), resident.subject(), request.title(),
            request.body(), request.serviceArea(), request.strategicValues(), request.targetGroups(), request.costModel(),
            request.place());
        var view = IdeaView.of(submissions.submit(command,
            IdempotencyKey.of(idempotencyKey, resident.subject(), "submit-idea", command)));
        return HttpResponse.created(view, URI.create("/ideas/" + view.id()));
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    IdeaView find(@Nullable Authentication authentication, @PathVariable String id) {
        var view = IdeaView.of(readings.find(Optional.ofNullable(authentication).map(SignedInPerson::of), id));
        return authentication == null ? view.withoutSubjectIds() : view;
    }

    @Patch("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    IdeaView edit(Authentication authentication, @PathVariable String id, @Body @Valid EditIdeaRequest request) {
        var author = SignedInPerson.of(authentication);
        editing.edit(author, new EditIdea(id, request.title(), request.body(), request.serviceArea(),
            request.strategicValues(), request.targetGroups(), request.costModel(), request.place(),
            Boolean.TRUE.equals(request.clearPlace())));
        return IdeaView.of(readings.find(Optional.of(author), id));
    }

    @Post("/{id}/withdrawal")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    IdeaView withdraw(Authentication authentication, @PathVariable String id) {
        var author = SignedInPerson.of(authentication);
        submissions.withdraw(author, id);
        return IdeaView.of(readings.find(Optional.of(author), id));
    }
}
