package no.samskap.platform.privacy;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.Map;

/**
 * {@code GET /persons/me/data}: everything this service holds about the caller, part by part. The gateway joins
 * every service's answer into the one download a resident gets; it serves its own parts itself and turns this
 * route off ({@code samskap.privacy.service-route.enabled: false}).
 */
@Controller("/persons/me/data")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Requires(beans = PersonalDataParts.class)
@Requires(property = "samskap.privacy.service-route.enabled", notEquals = "false")
class PersonalDataRoute {

    private final PersonalDataParts parts;

    PersonalDataRoute(PersonalDataParts parts) {
        this.parts = parts;
    }

    @Get
    @Produces(MediaType.APPLICATION_JSON)
    Map<String, Object> export(Authentication person) {
        return Map.of("subjectId", person.getName(), "parts", parts.export(person.getName()));
    }
}
