package no.samskap.gateway.shell.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

/** What the OpenAPI document generated from the gateway's controllers at build time says about itself. */
@OpenAPIDefinition(info = @Info(title = "Samskap", version = "1",
    description = "The public API of Samskap: ideas on the board, search, sign-in state and writes routed to the services.",
    license = @License(name = "Proprietary")))
final class OpenApiDescription {

    private OpenApiDescription() {
    }
}
