package no.samskap.feedback;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Its OpenAPI document is generated at build time and served at {@code /openapi/feedback.yml} (ADR 0049). */
@OpenAPIDefinition(info = @Info(title = "Samskap feedback service", version = "1"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class FeedbackApplication {

    private FeedbackApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(FeedbackApplication.class, args);
    }
}
