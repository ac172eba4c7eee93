package no.samskap.gateway.ideas.readmodel;

import no.samskap.testkit.TestInfrastructure;
import org.flywaydb.core.Flyway;

/** A fresh schema holding only the ideas module's tables, for tests of its SQL without the application. */
final class IdeasSchema {

    private IdeasSchema() {
    }

    static String migrated(TestInfrastructure infrastructure) {
        var schema = infrastructure.freshSchema("gateway");
        Flyway.configure().dataSource(infrastructure.jdbcUrl(schema), infrastructure.postgres().user(),
                infrastructure.postgres().password())
            .locations("classpath:db/gateway-ideas").schemas(schema).defaultSchema(schema).load().migrate();
        return schema;
    }
}
