package no.samskap.gateway.shell.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/** Serves the joined OpenAPI document where it has always been. */
@Controller("/openapi/samskap-1.yml")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
final class OpenApiController {

    private final OpenApiDocument document;

    OpenApiController(OpenApiDocument document) {
        this.document = document;
    }

    @Get
    HttpResponse<String> document() {
        return HttpResponse.ok(document.yaml()).contentType("application/yaml");
    }
}
