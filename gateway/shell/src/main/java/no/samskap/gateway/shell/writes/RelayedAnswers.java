package no.samskap.gateway.shell.writes;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import no.samskap.gateway.shell.services.ServiceAnswer;
import no.samskap.platform.problem.Problem;

import java.util.List;

/**
 * The gateway's answers to a relayed write: the service's own answer passed on, or a problem when it could not be
 * asked. The service's problem bodies go out unchanged; it already names the fields at fault and hides its internals.
 */
public final class RelayedAnswers {

    private static final String READ_MODEL_HEADER = "Samskap-Read-Model";
    private static final String RETRY_AFTER_SECONDS = "5";

    private RelayedAnswers() {
    }

    public static MutableHttpResponse<?> of(HttpRequest<?> request, RelayTarget target, WriteOutcome outcome) {
        switch (outcome.kind()) {
            case ANSWERED:
                return passedOn(target, outcome.answer().orElseThrow(), outcome.readModelPending());
            case NOT_SIGNED_IN:
                return noAccessTokenToRelay(request);
            default:
                return serviceNotAnswering(request, target, outcome.kind() == WriteOutcome.Kind.MAY_HAVE_BEEN_SAVED);
        }
    }

    private static MutableHttpResponse<?> passedOn(RelayTarget target, ServiceAnswer answer, boolean readModelPending) {
        var response = HttpResponse.<byte[]>ok().status(answer.status());
        answer.contentType().ifPresent(response::contentType);
        answer.retryAfter().ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
        answer.location().flatMap(target::gatewayLocation)
            .ifPresent(location -> response.header(HttpHeaders.LOCATION, location));
        if (readModelPending) {
            response.header(READ_MODEL_HEADER, "pending");
        }
        return answer.body().length == 0 ? response : response.body(answer.body());
    }

    private static MutableHttpResponse<?> serviceNotAnswering(HttpRequest<?> request, RelayTarget target,
                                                              boolean requestMayHaveArrived) {
        var detail = requestMayHaveArrived
            ? "The " + target.service() + " service did not answer in time, so the change may have been saved or not."
                + " Reload to check before you try again."
            : "The " + target.service() + " service is not answering; nothing was saved. Try again in a moment.";
        return problem(request, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", detail)
            .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    private static MutableHttpResponse<?> noAccessTokenToRelay(HttpRequest<?> request) {
        return problem(request, HttpStatus.UNAUTHORIZED, "unauthorized",
            "Your sign-in has run out. Sign in again, then try once more.");
    }

    private static MutableHttpResponse<Problem> problem(HttpRequest<?> request, HttpStatus status, String slug, String detail) {
        var problem = new Problem(Problem.TYPE_BASE + slug, status.getReason(), status.getCode(), detail, request.getPath(),
            List.of());
        return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
