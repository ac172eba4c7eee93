package no.samskap.gateway.shell.schema;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.jdbc.DataSourceResolver;
import no.samskap.platform.schema.PlatformSchema;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.util.Comparator;
import java.util.List;

/**
 * Migrates every module's read-model tables in the gateway's schema when the application starts, before any
 * consumer reads a message: a module brings its tables by declaring its {@link ReadModelSchema}.
 */
@Context
final class ReadModelSchemas {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelSchemas.class);

    ReadModelSchemas(PlatformSchema platformTablesFirst, List<ReadModelSchema> schemas, DataSource dataSource,
                     DataSourceResolver resolver, @Value("${samskap.database.schema}") String schema) {
        var plainDataSource = resolver.resolve(dataSource);
        schemas.stream().sorted(Comparator.comparing(ReadModelSchema::module)).forEach(module -> {
            var result = Flyway.configure()
                .dataSource(plainDataSource)
                .schemas(schema).defaultSchema(schema).createSchemas(true)
                .locations(module.location())
                .table(module.historyTable())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
            LOG.info("The {} module's tables are at version {} in schema {}.", module.module(),
                result.targetSchemaVersion, schema);
        });
    }
}
