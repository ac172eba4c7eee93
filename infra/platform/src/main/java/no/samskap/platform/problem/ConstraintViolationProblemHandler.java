package no.samskap.platform.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Comparator;

/**
 * Names the field at fault as the client sent it: {@code title} for a body property, {@code limit} for a
 * query value, never the Java method and parameter names around it.
 */
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Replaces(ConstraintExceptionHandler.class)
final class ConstraintViolationProblemHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        var fields = exception.getConstraintViolations().stream()
            .map(violation -> new Problem.InvalidField(fieldOf(violation), violation.getMessage()))
            .sorted(Comparator.comparing(Problem.InvalidField::field))
            .toList();
        var detail = String.join("; ", fields.stream().map(f -> f.field() + ": " + f.message()).toList());
        var problem = new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request",
            HttpStatus.BAD_REQUEST.getCode(), detail, request.getPath(), fields);
        return HttpResponse.<Problem>badRequest().contentType(Problem.MEDIA_TYPE).body(problem);
    }

    static String fieldOf(ConstraintViolation<?> violation) {
        var afterParameter = new ArrayList<String>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                afterParameter.clear();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                var name = node.getName();
                if (name != null && !name.startsWith("<")) {
                    afterParameter.add(node.getIndex() == null ? name : name + "[" + node.getIndex() + "]");
                }
            }
        }
        if (!afterParameter.isEmpty()) {
            return String.join(".", afterParameter);
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }
}
