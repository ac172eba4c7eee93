package no.samskap.feedback.ideas.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.feedback.ideas.application.IdeaTurning;
import no.samskap.feedback.ideas.application.TurnIntoIdea;
import no.samskap.platform.security.SignedInPerson;

/**
 * Staff turn feedback into an idea. The answer is 202: the proposals service makes the idea from the message, a
 * moment later, under the id answered here.
 */
@Controller("/feedback")
@ExecuteOn(TaskExecutors.BLOCKING)
class IdeaOfFeedbackController {

    private final IdeaTurning turning;

    IdeaOfFeedbackController(IdeaTurning turning) {
        this.turning = turning;
    }

    @Post("/{id}/idea")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Made> turn(Authentication authentication, @PathVariable String id, @Body Turn request) {
        var idea = turning.turn(SignedInPerson.of(authentication), id,
            new TurnIntoIdea(request.title(), request.body(), request.serviceArea()));
        return HttpResponse.accepted().body(new Made(idea.ideaId().toString()));
    }

    @Serdeable
    record Turn(@Nullable String title, @Nullable String body, @Nullable String serviceArea) {
    }

    @Serdeable
    record Made(String ideaId) {
    }
}
