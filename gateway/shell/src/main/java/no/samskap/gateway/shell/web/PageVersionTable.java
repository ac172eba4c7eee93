package no.samskap.gateway.shell.web;

import org.jooq.DSLContext;

import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Page versions in a table of the owning module, one row a subject and a row of the nil id for every page, as its
 * migration makes it (ADR 0067). The owner's bean extends this and reads {@link #versionOf} on a connection of its own
 * ({@code @Connectable}), for this class cannot open one.
 */
public class PageVersionTable implements PageVersions {

    private static final UUID EVERY_PAGE = new UUID(0, 0);

    private final DSLContext sql;
    private final String page;
    private final String select;
    private final String upsert;

    /** {@code table} and {@code subject} are the module's own names, never a visitor's input. */
    protected PageVersionTable(DSLContext sql, String page, String table, String subject) {
        this.sql = sql;
        this.page = page;
        this.select = "select " + subject + ", version from " + table + " where " + subject + " in (?, ?)";
        this.upsert = "insert into " + table + " (" + subject + ", version)"
            + " select distinct unnest(?::uuid[]), pg_current_xact_id()::text::bigint"
            + " on conflict (" + subject + ") do update set version = excluded.version";
    }

    /**
     * The page's version, or none while its subject never had one; one statement, to be read on a connection without a
     * transaction before anything the page shows, so a change committed in between makes a kept page look older.
     */
    public OptionalLong versionOf(UUID subject) {
        var rows = sql.fetch(select, subject, EVERY_PAGE);
        if (rows.stream().noneMatch(row -> subject.equals(row.get(0, UUID.class)))) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(rows.stream().mapToLong(row -> row.get(1, Long.class)).max().orElseThrow());
    }

    @Override
    public String page() {
        return page;
    }

    @Override
    public void changed(Collection<UUID> subjects) {
        sql.execute(upsert, (Object) subjects.toArray(UUID[]::new));
    }

    @Override
    public void everyPageChanged() {
        changed(List.of(EVERY_PAGE));
    }
}
