package no.samskap.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;

import java.util.Optional;

/**
 * Says what is wrong with a request body as a whole: missing, not JSON, or JSON that is not an object. Micronaut
 * itself names the Java parameter the body was to be bound to ({@code request}) as the field at fault, and the JSON
 * parser's own wording ({@code START_ARRAY}, {@code StreamReadFeature}); neither means anything to the client.
 */
final class MalformedBody {

    private MalformedBody() {
    }

    static Optional<String> in(Throwable failure) {
        return parserComplaint(failure).or(() -> wrongAsAWhole(failure));
    }

    private static Optional<String> parserComplaint(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
                return Optional.of("The body is not valid %s: %s (line %d, column %d).".formatted(
                    json.getOriginalMessage().startsWith("Invalid UTF-8") ? "UTF-8" : "JSON",
                    json.getOriginalMessage(), json.getLocation().getLineNr(), json.getLocation().getColumnNr()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> wrongAsAWhole(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnsatisfiedRouteException missing && isBody(missing.getArgument())) {
                return Optional.of("The body is missing: it must be a JSON object.");
            }
            if (cause instanceof ConversionErrorException conversion && isBody(conversion.getArgument())) {
                return Optional.of("The body must be a JSON object.");
            }
        }
        return Optional.empty();
    }

    /** True when the parser gave up on the body, wherever in it that happened. */
    static boolean notJson(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBody(Argument<?> argument) {
        return argument.getAnnotationMetadata().hasAnnotation(Body.class);
    }
}
