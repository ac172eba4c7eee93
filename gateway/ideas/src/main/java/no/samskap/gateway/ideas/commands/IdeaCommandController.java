package no.samskap.gateway.ideas.commands;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.samskap.gateway.shell.api.CallsAService;
import no.samskap.gateway.shell.writes.WriteOutcome;
import no.samskap.platform.problem.ProblemException;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * Every write to an idea, for anyone signed in; the proposals service decides who may do what. Bodies are passed
 * on as they came, for the service to check.
 */
@CallsAService
@Controller("/api/ideas")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class IdeaCommandController {

    private final IdeaWrites writes;
    private final IdeaCommandRelay relay;

    IdeaCommandController(IdeaWrites writes, IdeaCommandRelay relay) {
        this.writes = writes;
        this.relay = relay;
    }

    @ApiResponse(responseCode = "201", description = "The idea, submitted; Location names it.")
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> submit(HttpRequest<?> request, @Body @Nullable byte[] idea) {
        return answer(request, writes.submit(request, idea));
    }

    @Patch("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> edit(HttpRequest<?> request, @PathVariable String id, @Body @Nullable byte[] changes) {
        return answer(request, writes.edit(request, uuid("idea", id), changes));
    }

    @Post("/{id}/withdrawal")
    Mono<MutableHttpResponse<?>> withdraw(HttpRequest<?> request, @PathVariable String id) {
        return answer(request, writes.withdraw(request, uuid("idea", id)));
    }

    @Post("/{id}/publication")
    Mono<MutableHttpResponse<?>> publish(HttpRequest<?> request, @PathVariable String id) {
        return step(request, id, "publication", null);
    }

    @Post("/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> reject(HttpRequest<?> request, @PathVariable String id, @Body @Nullable byte[] reason) {
        return step(request, id, "rejection", reason);
    }

    @Post("/{id}/assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> assess(HttpRequest<?> request, @PathVariable String id, @Body @Nullable byte[] respondBy) {
        return step(request, id, "assessment", respondBy);
    }

    @Post("/{id}/response-date")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> changeResponseDate(HttpRequest<?> request, @PathVariable String id,
                                                    @Body @Nullable byte[] change) {
        return step(request, id, "response-date", change);
    }

    @Post("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> answer(HttpRequest<?> request, @PathVariable String id, @Body @Nullable byte[] answer) {
        return step(request, id, "answer", answer);
    }

    @Post("/{id}/realisation")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> realise(HttpRequest<?> request, @PathVariable String id, @Body @Nullable byte[] event) {
        return step(request, id, "realisation", event);
    }

    @ApiResponse(responseCode = "204", description = "The report is received.")
    @Post("/{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> report(HttpRequest<?> request, @PathVariable String id, @Body @Nullable byte[] reason) {
        return answer(request, writes.report(request, uuid("idea", id), reason));
    }

    @Put("/{id}/support")
    Mono<MutableHttpResponse<?>> support(HttpRequest<?> request, @PathVariable String id) {
        return answer(request, writes.support(request, uuid("idea", id), true));
    }

    @Delete("/{id}/support")
    Mono<MutableHttpResponse<?>> withdrawSupport(HttpRequest<?> request, @PathVariable String id) {
        return answer(request, writes.support(request, uuid("idea", id), false));
    }

    @Put("/{id}/follow")
    Mono<MutableHttpResponse<?>> follow(HttpRequest<?> request, @PathVariable String id) {
        return answer(request, writes.follow(request, uuid("idea", id), true));
    }

    @Delete("/{id}/follow")
    Mono<MutableHttpResponse<?>> unfollow(HttpRequest<?> request, @PathVariable String id) {
        return answer(request, writes.follow(request, uuid("idea", id), false));
    }

    @ApiResponse(responseCode = "201", description = "The comment, written.")
    @Post("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> comment(HttpRequest<?> request, @PathVariable String id, @Body @Nullable byte[] comment) {
        return answer(request, writes.comment(request, uuid("idea", id), comment));
    }

    @Patch("/{id}/comments/{commentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> editComment(HttpRequest<?> request, @PathVariable String id,
                                             @PathVariable String commentId, @Body @Nullable byte[] changes) {
        return answer(request, writes.editComment(request, uuid("idea", id), uuid("comment", commentId), changes));
    }

    @ApiResponse(responseCode = "204", description = "The report is received.")
    @Post("/{id}/comments/{commentId}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> reportComment(HttpRequest<?> request, @PathVariable String id,
                                               @PathVariable String commentId, @Body @Nullable byte[] reason) {
        return answer(request, writes.reportComment(request, uuid("idea", id), uuid("comment", commentId), reason));
    }

    /** The author's one appeal against the hiding of their comment: {@code {"text": "..."}}, passed on as it came. */
    @Post("/{id}/comments/{commentId}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> appealComment(HttpRequest<?> request, @PathVariable String id,
                                               @PathVariable String commentId, @Body @Nullable byte[] text) {
        return answer(request, writes.appealComment(request, uuid("idea", id), uuid("comment", commentId), text));
    }

    private Mono<MutableHttpResponse<?>> step(HttpRequest<?> request, String id, String step, @Nullable byte[] body) {
        return answer(request, writes.step(request, uuid("idea", id), step, body));
    }

    private Mono<MutableHttpResponse<?>> answer(HttpRequest<?> request, Mono<WriteOutcome> outcome) {
        return outcome.map(written -> relay.answer(request, written));
    }

    /** Only a well-formed id is put into the service's path, so no path can be smuggled through it. */
    private static UUID uuid(String what, String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.notFound(what, id);
        }
    }
}
