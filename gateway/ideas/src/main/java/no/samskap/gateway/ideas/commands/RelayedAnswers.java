package no.samskap.gateway.ideas.commands;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import no.samskap.gateway.shell.services.ServiceAnswer;
import no.samskap.platform.problem.Problem;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The gateway's answers to a write: the service's own answer passed on, or a problem when it could not be asked.
 * The service's problem bodies go out unchanged; it already names the fields at fault and hides its internals.
 */
final class RelayedAnswers {

    private static final String READ_MODEL_HEADER = "Samskap-Read-Model";
    private static final String RETRY_AFTER_SECONDS = "5";

    private static final Pattern SERVICE_IDEA_PATH = Pattern.compile("/ideas/[A-Za-z0-9-]+");

    private RelayedAnswers() {
    }

    static MutableHttpResponse<?> passedOn(ServiceAnswer answer, ReadYourWrites.ReadModel readModel) {
        var response = HttpResponse.<byte[]>ok().status(answer.status());
        answer.contentType().ifPresent(response::contentType);
        answer.retryAfter().ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
        answer.location().flatMap(RelayedAnswers::gatewayLocation)
            .ifPresent(location -> response.header(HttpHeaders.LOCATION, location));
        if (readModel == ReadYourWrites.ReadModel.PENDING) {
            response.header(READ_MODEL_HEADER, "pending");
        }
        return answer.body().length == 0 ? response : response.body(answer.body());
    }

    static MutableHttpResponse<?> of(HttpRequest<?> request, WriteOutcome outcome) {
        switch (outcome.kind()) {
            case ANSWERED:
                return passedOn(outcome.answer().orElseThrow(), outcome.boardPending()
                    ? ReadYourWrites.ReadModel.PENDING : ReadYourWrites.ReadModel.UP_TO_DATE);
            case NOT_SIGNED_IN:
                return noAccessTokenToRelay(request);
            default:
                return serviceNotAnswering(request, outcome.kind() == WriteOutcome.Kind.MAY_HAVE_BEEN_SAVED);
        }
    }

    static MutableHttpResponse<?> serviceNotAnswering(HttpRequest<?> request, boolean requestMayHaveArrived) {
        var detail = requestMayHaveArrived
            ? "The ideas service did not answer in time, so the change may have been saved or not. Reload to check"
                + " before you try again."
            : "The ideas service is not answering; nothing was saved. Try again in a moment.";
        return problem(request, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", detail)
            .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    static MutableHttpResponse<?> noAccessTokenToRelay(HttpRequest<?> request) {
        return problem(request, HttpStatus.UNAUTHORIZED, "unauthorized",
            "Your sign-in has run out. Sign in again, then try once more.");
    }

    /** Only the service's idea addresses are rewritten; anything else would point past the gateway, so it is dropped. */
    static Optional<String> gatewayLocation(String serviceLocation) {
        try {
            var path = URI.create(serviceLocation).getRawPath();
            return path != null && SERVICE_IDEA_PATH.matcher(path).matches() ? Optional.of("/api" + path) : Optional.empty();
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static MutableHttpResponse<Problem> problem(HttpRequest<?> request, HttpStatus status, String slug, String detail) {
        var problem = new Problem(Problem.TYPE_BASE + slug, status.getReason(), status.getCode(), detail, request.getPath(),
            List.of());
        return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
