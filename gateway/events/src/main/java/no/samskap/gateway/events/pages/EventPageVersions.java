package no.samskap.gateway.events.pages;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.PageVersionTable;
import org.jooq.DSLContext;

import java.util.OptionalLong;
import java.util.UUID;

/**
 * The version of each event's page ({@code event_page_version}, ADR 0067): moved by this module's tables' triggers, and
 * by the feedback module through the shell's {@code PageChanges} when what was said about the event changes.
 */
@Singleton
class EventPageVersions extends PageVersionTable {

    EventPageVersions(DSLContext sql) {
        super(sql, "event", "event_page_version", "event");
    }

    @Override
    @Connectable(readOnly = true)
    public OptionalLong versionOf(UUID event) {
        return super.versionOf(event);
    }
}
