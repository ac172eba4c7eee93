package no.samskap.gateway.ideas.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.samskap.gateway.ideas.commands.IdeaCommandRelay;
import no.samskap.gateway.ideas.commands.ServiceAnswerReading;
import no.samskap.gateway.shell.api.CallsAService;
import reactor.core.publisher.Mono;

/**
 * The staff's writes the idea routes do not cover: hiding and restoring ideas and comments, deciding appeals of both, the
 * municipality's settings and blocks of people. For anyone signed in: the proposals service decides who may, and
 * answers another municipality's staff as if the idea or municipality did not exist. Bodies go on as they came.
 */
@CallsAService
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class StaffCommandController {

    private final IdeaCommandRelay relay;
    private final ServiceAnswerReading reading;

    StaffCommandController(IdeaCommandRelay relay, ServiceAnswerReading reading) {
        this.relay = relay;
        this.reading = reading;
    }

    @Post("/ideas/{id}/hiding")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> hideIdea(HttpRequest<?> request, @PathVariable String id, @Body @Nullable byte[] reason) {
        return relay.relay(request, StaffPaths.idea(id) + "/hiding", reason, reading::ideaStatus);
    }

    @Post("/ideas/{id}/restoring")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> restoreIdea(HttpRequest<?> request, @PathVariable String id,
                                             @Body @Nullable byte[] reason) {
        return relay.relay(request, StaffPaths.idea(id) + "/restoring", reason, reading::ideaStatus);
    }

    @Post("/ideas/{id}/appeal/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> decideAppeal(HttpRequest<?> request, @PathVariable String id,
                                              @Body @Nullable byte[] decision) {
        return relay.relay(request, StaffPaths.idea(id) + "/appeal/decision", decision, reading::ideaStatus);
    }

    @Post("/ideas/{id}/comments/{commentId}/hiding")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> hideComment(HttpRequest<?> request, @PathVariable String id,
                                             @PathVariable String commentId, @Body @Nullable byte[] reason) {
        return relay.relayAsAnswered(request, StaffPaths.comment(id, commentId) + "/hiding", reason);
    }

    @Post("/ideas/{id}/comments/{commentId}/restoring")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> restoreComment(HttpRequest<?> request, @PathVariable String id,
                                                @PathVariable String commentId, @Body @Nullable byte[] reason) {
        return relay.relayAsAnswered(request, StaffPaths.comment(id, commentId) + "/restoring", reason);
    }

    @Post("/ideas/{id}/comments/{commentId}/appeal/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> decideCommentAppeal(HttpRequest<?> request, @PathVariable String id,
                                                     @PathVariable String commentId, @Body @Nullable byte[] decision) {
        return relay.relayAsAnswered(request, StaffPaths.comment(id, commentId) + "/appeal/decision", decision);
    }

    @Get("/municipalities/{municipality}/settings")
    Mono<MutableHttpResponse<?>> settings(HttpRequest<?> request, @PathVariable String municipality) {
        return relay.relayAsAnswered(request, StaffPaths.municipality(municipality) + "/settings", null);
    }

    @Put("/municipalities/{municipality}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> changeSettings(HttpRequest<?> request, @PathVariable String municipality,
                                                @Body @Nullable byte[] settings) {
        return relay.relayAsAnswered(request, StaffPaths.municipality(municipality) + "/settings", settings);
    }

    @ApiResponse(responseCode = "204", description = "The person is blocked.")
    @Put("/municipalities/{municipality}/blocked/{subject}")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> block(HttpRequest<?> request, @PathVariable String municipality,
                                       @PathVariable String subject, @Body @Nullable byte[] reason) {
        return relay.relayAsAnswered(request, StaffPaths.blocked(municipality, subject), reason);
    }

    @ApiResponse(responseCode = "204", description = "The person is no longer blocked.")
    @Delete("/municipalities/{municipality}/blocked/{subject}")
    Mono<MutableHttpResponse<?>> unblock(HttpRequest<?> request, @PathVariable String municipality,
                                         @PathVariable String subject) {
        return relay.relayAsAnswered(request, StaffPaths.blocked(municipality, subject), null);
    }
}
