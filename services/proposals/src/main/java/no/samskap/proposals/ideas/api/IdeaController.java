package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import no.samskap.platform.problem.ProblemException;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.application.IdeaSubmissions;
import no.samskap.proposals.ideas.application.SubmitIdea;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.proposals.ideas.domain.InvalidIdeaException;

import java.net.URI;
import java.util.UUID;

/** Ideas over HTTP. The author and their municipality come from the validated access token, never the body. */
@Controller("/ideas")
class IdeaController {

    private final IdeaSubmissions submissions;

    IdeaController(IdeaSubmissions submissions) {
        this.submissions = submissions;
    }

    @Post
    @Secured(Roles.RESIDENT)
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<IdeaView> submit(Authentication authentication, @Body @Valid SubmitIdeaRequest request) {
        var resident = SignedInPerson.of(authentication);
        try {
            var idea = submissions.submit(new SubmitIdea(resident.municipality(), resident.subject(), request.title(),
                request.body(), request.serviceArea()));
            return HttpResponse.created(IdeaView.of(idea), URI.create("/ideas/" + idea.id()));
        } catch (InvalidIdeaException e) {
            throw ProblemException.invalidField(e.field(), e.getMessage());
        }
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    IdeaView find(@PathVariable String id) {
        return submissions.find(new IdeaId(parse(id))).map(IdeaView::of)
            .orElseThrow(() -> ProblemException.notFound("idea", id));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("idea", id);
        }
    }
}
