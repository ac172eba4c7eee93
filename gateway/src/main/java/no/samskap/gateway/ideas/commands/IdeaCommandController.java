package no.samskap.gateway.ideas.commands;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.platform.problem.ProblemException;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * Every write to an idea, for anyone signed in; the proposals service decides who may do what. Bodies are passed
 * on as they came, for the service to check.
 */
@Controller("/api/ideas")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class IdeaCommandController {

    private final IdeaCommandRelay relay;
    private final ServiceAnswerReading reading;

    IdeaCommandController(IdeaCommandRelay relay, ServiceAnswerReading reading) {
        this.relay = relay;
        this.reading = reading;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> submit(HttpRequest<?> request, @Body @Nullable byte[] idea) {
        return relay.relay(request, "/ideas", idea, reading::ideaStatus);
    }

    @Post("/{id}/withdrawal")
    Mono<MutableHttpResponse<?>> withdraw(HttpRequest<?> request, @PathVariable String id) {
        return step(request, id, "withdrawal", null);
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

    @Put("/{id}/support")
    Mono<MutableHttpResponse<?>> support(HttpRequest<?> request, @PathVariable String id) {
        var idea = ideaId(id);
        return relay.relay(request, "/ideas/" + idea + "/support", null, answer -> reading.supportCount(idea, answer));
    }

    @Delete("/{id}/support")
    Mono<MutableHttpResponse<?>> withdrawSupport(HttpRequest<?> request, @PathVariable String id) {
        var idea = ideaId(id);
        return relay.relay(request, "/ideas/" + idea + "/support", null, answer -> reading.supportCount(idea, answer));
    }

    private Mono<MutableHttpResponse<?>> step(HttpRequest<?> request, String id, String step, @Nullable byte[] body) {
        return relay.relay(request, "/ideas/" + ideaId(id) + "/" + step, body, reading::ideaStatus);
    }

    /** Only a well-formed id is put into the service's path, so no path can be smuggled through it. */
    private static UUID ideaId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.notFound("idea", id);
        }
    }
}
