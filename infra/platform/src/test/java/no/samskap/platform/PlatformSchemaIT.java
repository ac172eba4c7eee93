package no.samskap.platform;

import io.micronaut.context.exceptions.BeanInstantiationException;
import no.samskap.platform.fixture.PlatformApplication;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@RealInfrastructure
class PlatformSchemaIT {

    @Test
    void refusesToStartWhenTheUrlAndTheConfiguredSchemaDisagree(TestInfrastructure infrastructure) {
        var urlSchema = infrastructure.freshSchema("url");
        var configuredSchema = infrastructure.freshSchema("configured");

        var failure = assertThrows(BeanInstantiationException.class, () -> PlatformApplication.start(infrastructure,
            urlSchema, Map.of("samskap.database.schema", configuredSchema,
                "flyway.datasources.default.default-schema", configuredSchema,
                "flyway.datasources.default.schemas", configuredSchema)).close());

        assertTrue(rootMessage(failure).contains("currentSchema=" + configuredSchema), rootMessage(failure));
    }

    private static String rootMessage(Throwable failure) {
        var cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
