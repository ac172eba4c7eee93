package no.samskap.gateway.ideas.pages;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.PageVersionTable;
import org.jooq.DSLContext;

import java.util.OptionalLong;
import java.util.UUID;

/**
 * The version of each idea's page ({@code idea_page_version}, ADR 0067): moved by this module's tables' triggers,
 * and by other modules through the shell's {@code PageChanges} when a panel they add to the page changes.
 */
@Singleton
class IdeaPageVersions extends PageVersionTable {

    IdeaPageVersions(DSLContext sql) {
        super(sql, "idea", "idea_page_version", "idea");
    }

    @Override
    @Connectable(readOnly = true)
    public OptionalLong versionOf(UUID idea) {
        return super.versionOf(idea);
    }
}
