package no.samskap.proposals;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Its OpenAPI document is generated at build time and served at {@code /openapi/proposals.yml} (ADR 0049). */
@OpenAPIDefinition(info = @Info(title = "Samskap proposals service", version = "1"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class ProposalsApplication {

    private ProposalsApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(ProposalsApplication.class, args);
    }
}
