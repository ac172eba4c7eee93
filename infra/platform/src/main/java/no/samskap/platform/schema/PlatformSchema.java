package no.samskap.platform.schema;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.jdbc.DataSourceResolver;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

/**
 * Migrates the platform's own tables (outbox, processed and parked messages) in the service's schema, with a
 * history table of their own so platform and service migrations never compete for version numbers.
 */
@Context
@Requires(beans = javax.sql.DataSource.class)
public final class PlatformSchema {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformSchema.class);

    PlatformSchema(DataSource dataSource, DataSourceResolver resolver, @Value("${samskap.database.schema:}") String schema) {
        var flyway = Flyway.configure()
            .dataSource(resolver.resolve(dataSource))
            .locations("classpath:db/platform")
            .table("platform_schema_history")
            .baselineOnMigrate(true)
            .baselineVersion("0");
        if (!schema.isBlank()) {
            flyway.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        var result = flyway.load().migrate();
        LOG.info("Platform tables are at version {} in schema {}.", result.targetSchemaVersion,
            schema.isBlank() ? "(connection default)" : schema);
    }
}
