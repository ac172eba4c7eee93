package no.samskap.gateway.events.api;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.samskap.gateway.events.commands.EventWrites;
import no.samskap.gateway.shell.api.CallsAService;
import no.samskap.gateway.shell.writes.WriteOutcome;
import no.samskap.platform.problem.ProblemException;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * A resident's registrations and shift sign-ups, for anyone signed in: the events service decides who may, and alone
 * knows who registered, so a person's own standing is asked of it live. Bodies are passed on as they came.
 */
@CallsAService
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class RegistrationApiController {

    private final EventWrites writes;

    RegistrationApiController(EventWrites writes) {
        this.writes = writes;
    }

    /** Registers the person with {@code companions} (0 to 9) and {@code accessibilityNeeds} {codes, note}. */
    @ApiResponse(responseCode = "201", description = "The registration, confirmed or on the waiting list.")
    @Post("/events/{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> register(HttpRequest<?> request, @PathVariable String id,
                                          @Body @Nullable byte[] registration) {
        return answer(request, writes.register(request, event(id), registration));
    }

    /** The person's own registration for the event, with their place on the waitlist. */
    @Get("/events/{id}/registrations/mine")
    Mono<MutableHttpResponse<?>> mine(HttpRequest<?> request, @PathVariable String id) {
        return answer(request, writes.read(request, "/events/" + event(id) + "/registrations/mine"));
    }

    @Delete("/events/{id}/registrations/mine")
    Mono<MutableHttpResponse<?>> cancel(HttpRequest<?> request, @PathVariable String id) {
        return answer(request, writes.cancelRegistration(request, event(id)));
    }

    /** Signs the person up for a shift, with {@code associationId}, {@code birthYear}, {@code confirmsMinimumAge}. */
    @ApiResponse(responseCode = "201", description = "The sign-up.")
    @Post("/shifts/{id}/sign-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> signUp(HttpRequest<?> request, @PathVariable String id,
                                        @Body @Nullable byte[] signUp) {
        return answer(request, writes.signUp(request, id(id, "shift"), signUp));
    }

    /** Every registration of the person, newest first, cancelled ones too. */
    @Get("/me/registrations")
    Mono<MutableHttpResponse<?>> myRegistrations(HttpRequest<?> request) {
        return answer(request, writes.read(request, "/me/registrations"));
    }

    /** Every shift the person signed up for, or waits for. */
    @Get("/me/shifts")
    Mono<MutableHttpResponse<?>> myShifts(HttpRequest<?> request) {
        return answer(request, writes.read(request, "/me/shifts"));
    }

    private Mono<MutableHttpResponse<?>> answer(HttpRequest<?> request, Mono<WriteOutcome> outcome) {
        return outcome.map(written -> writes.answer(request, written));
    }

    private static UUID event(String id) {
        return id(id, "event");
    }

    private static UUID id(String id, String what) {
        return Ids.event(id).orElseThrow(() -> ProblemException.notFound(what, id));
    }
}
