package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import no.samskap.platform.problem.ProblemException;
import no.samskap.proposals.ideas.application.IdeaSubmissions;
import no.samskap.proposals.ideas.application.SubmitIdea;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.proposals.ideas.domain.InvalidIdeaException;

import java.net.URI;
import java.util.UUID;

/**
 * Ideas over HTTP. Until sign-in exists (the identity issue) the author is named by the
 * {@code X-Samskap-Author} header; nothing else may rely on that header.
 */
@Controller("/ideas")
class IdeaController {

    static final String AUTHOR_HEADER = "X-Samskap-Author";

    private final IdeaSubmissions submissions;

    IdeaController(IdeaSubmissions submissions) {
        this.submissions = submissions;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<IdeaView> submit(
            @Header(AUTHOR_HEADER) @Pattern(regexp = "[A-Za-z0-9._@-]{1,64}", message = "must be a user id") String author,
            @Body @Valid SubmitIdeaRequest request) {
        try {
            var idea = submissions.submit(new SubmitIdea(request.municipality(), author, request.title(), request.body(),
                request.serviceArea()));
            return HttpResponse.created(IdeaView.of(idea), URI.create("/ideas/" + idea.id()));
        } catch (InvalidIdeaException e) {
            throw ProblemException.invalidField(e.field(), e.getMessage());
        }
    }

    @Get("/{id}")
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
