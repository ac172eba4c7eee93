package no.samskap.platform.security;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import no.samskap.contract.MunicipalityNumber;

import java.util.Optional;
import java.util.Set;

/** Who sends a write (POST, PUT, PATCH, DELETE), as the filters that guard every write see them. */
public record WritingPerson(String subject, MunicipalityNumber municipality) {

    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
        HttpMethod.DELETE);

    public static boolean isWrite(HttpRequest<?> request) {
        return WRITES.contains(request.getMethod());
    }

    /** The signed-in person, when the request is a write and their token names a municipality. */
    public static Optional<WritingPerson> of(HttpRequest<?> request) {
        if (!isWrite(request)) {
            return Optional.empty();
        }
        return request.getUserPrincipal(Authentication.class).flatMap(person ->
            MunicipalityNumber.parse(String.valueOf(person.getAttributes().get("municipality")))
                .map(municipality -> new WritingPerson(person.getName(), municipality)));
    }
}
