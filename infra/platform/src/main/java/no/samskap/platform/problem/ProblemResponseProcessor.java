package no.samskap.platform.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import no.samskap.platform.web.SecurityHeaders;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders every error Micronaut itself produces (unknown route, wrong method, unreadable body, missing
 * argument, server failure) as problem+json. Server failures never reveal their cause to the caller.
 */
@Singleton
@Primary
public final class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        var oversizedHead = response.status() == HttpStatus.REQUEST_ENTITY_TOO_LARGE
            ? OversizedRequestHead.statusOf(context.getRequest()) : Optional.<HttpStatus>empty();
        var status = oversizedHead.orElse(response.status());
        response.status(status);
        // A request whose head could not be read is answered before any filter runs, so the headers come from here.
        oversizedHead.ifPresent(unread -> SecurityHeaders.addUnconditionalHeaders(response));
        // Nor can the rest of that connection be read as requests: the client must open a new one, not reuse it.
        oversizedHead.ifPresent(unread -> response.header(HttpHeaders.CONNECTION, "close"));
        var badRequest = status == HttpStatus.BAD_REQUEST;
        var mistyped = context.getRootCause().filter(cause -> badRequest).flatMap(MistypedBodyValue::in);
        var malformed = context.getRootCause().filter(cause -> badRequest && mistyped.isEmpty())
            .flatMap(MalformedBody::in);
        var fields = mistyped.map(List::of)
            .orElseGet(() -> malformed.isPresent() ? List.of() : namedFields(context));
        var detail = mistyped.map(field -> field.field() + ": " + field.message())
            .or(() -> malformed)
            .orElseGet(() -> detailOf(status, context));
        var problem = new Problem(Problem.TYPE_BASE + (badRequest ? "invalid-request" : slugOf(status)),
            badRequest ? "Invalid request" : status.getReason(), status.getCode(),
            detail, context.getRequest().getPath(), fields);
        return response.contentType(Problem.MEDIA_TYPE).body(problem);
    }

    /** The errors Micronaut tied to a named argument: a query value, a path variable, a body property. */
    private static List<Problem.InvalidField> namedFields(ErrorContext context) {
        return context.getErrors().stream()
            .filter(error -> error.getPath().isPresent())
            .map(error -> new Problem.InvalidField(fieldOf(error), error.getMessage()))
            .toList();
    }

    private static String detailOf(HttpStatus status, ErrorContext context) {
        if (status.getCode() >= 500) {
            return "The server could not complete the request. Nothing you sent was lost; try again later.";
        }
        List<String> messages = context.getErrors().stream().map(Error::getMessage).toList();
        return messages.isEmpty() ? status.getReason() : String.join("; ", messages);
    }

    /** Micronaut names an argument as a JSON pointer ({@code /limit}); clients know it as {@code limit}. */
    private static String fieldOf(Error error) {
        var path = error.getPath().orElse("");
        return path.startsWith("/") ? path.substring(1).replace('/', '.') : path;
    }

    private static String slugOf(HttpStatus status) {
        return status.getReason().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
