package no.samskap.organisations.attests.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import no.samskap.organisations.attests.domain.CertificateContent;
import no.samskap.platform.problem.Problem;
import no.samskap.platform.problem.ProblemException;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Refuses, before anything is read into the service, a politiattest body carrying a field its route does not have:
 * the JSON reader would silently drop it, and a client sending {@code certificate} or {@code merknader} must be told
 * that it is never stored rather than believe it was. It runs after the security filter, so a stranger learns nothing.
 */
@ServerFilter(value = {"/associations/*/attest-officers", "/associations/*/attest-sightings",
    "/associations/*/attest-requests"}, methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH})
final class OnlyAttestFields implements Ordered {

    private final JsonFactory json = new JsonFactory();

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<Problem> refuseFieldsOfNoRoute(HttpRequest<?> request, @Nullable @Body byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        var route = request.getPath().substring(request.getPath().lastIndexOf('/') + 1);
        var allowed = AttestRequestBodies.FIELDS_BY_ROUTE.getOrDefault(route, List.of());
        return firstFieldNotIn(body, allowed).map(field -> refusal(request, field)).orElse(null);
    }

    private Optional<String> firstFieldNotIn(byte[] body, List<String> allowed) {
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                var field = parser.currentName();
                if (!allowed.contains(field)) {
                    return Optional.of(field);
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    private static HttpResponse<Problem> refusal(HttpRequest<?> request, String field) {
        var message = CertificateContent.couldBe(field)
            ? "a politiattest is seen, never stored: send only who saw it, when and for which role"
            : "is not a field of this request";
        return HttpResponse.<Problem>status(HttpStatus.BAD_REQUEST).contentType(Problem.MEDIA_TYPE)
            .body(ProblemException.invalidField(field, message).toProblem(request.getPath()));
    }
}
