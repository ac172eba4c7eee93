package no.samskap.platform.schema;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.context.exceptions.ConfigurationException;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * Migrates the platform's own tables (outbox, processed and parked messages) in the service's schema, with a
 * history table of their own so platform and service migrations never compete for version numbers.
 */
@Context
@Requires(beans = javax.sql.DataSource.class)
public final class PlatformSchema {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformSchema.class);

    PlatformSchema(DataSource dataSource, DataSourceResolver resolver, @Value("${samskap.database.schema:}") String schema) {
        var plainDataSource = resolver.resolve(dataSource);
        var flyway = Flyway.configure()
            .dataSource(plainDataSource)
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
        if (!schema.isBlank()) {
            requireConnectionsUse(plainDataSource, schema);
        }
    }

    /**
     * The URL's {@code currentSchema} decides where Micronaut Data and jOOQ read and write; Flyway follows
     * {@code samskap.database.schema}. If the two differ the service would write to tables it never migrated.
     */
    private static void requireConnectionsUse(DataSource dataSource, String schema) {
        try (var connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery("select current_schema()")) {
            rows.next();
            var current = rows.getString(1);
            if (!schema.equals(current)) {
                throw new ConfigurationException("samskap.database.schema (SAMSKAP_DB_SCHEMA) is '" + schema
                    + "' but connections from the datasource URL use schema '" + current
                    + "'; put ?currentSchema=" + schema + " in SAMSKAP_DB_URL");
            }
        } catch (SQLException e) {
            throw new ConfigurationException("Could not read the current schema: " + e.getMessage(), e);
        }
    }
}
