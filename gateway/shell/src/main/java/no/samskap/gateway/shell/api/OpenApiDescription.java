package no.samskap.gateway.shell.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

/** What the OpenAPI document generated from the gateway's controllers at build time says about itself. */
@OpenAPIDefinition(info = @Info(title = "Samskap", version = "1",
    description = "The public API of Samskap: what each service's module serves from its read models, live updates,"
        + " sign-in state and writes routed to the services.",
    license = @License(name = "Proprietary")))
final class OpenApiDescription {

    private OpenApiDescription() {
    }
}
