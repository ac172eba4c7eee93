package no.samskap.gateway.shell.notifications;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.schema.ReadModelSchema;

/** The notification feed's tables, beside the modules' and with a history of their own. */
@Factory
class NotificationsModule {

    @Singleton
    ReadModelSchema notificationTables() {
        return new ReadModelSchema("shell", "classpath:db/gateway-shell",
            "shell_schema_history");
    }
}
