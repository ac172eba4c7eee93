package no.samskap.gateway.organisations.directory;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the public directory of associations; everything here may be shown to anyone. */
@Singleton
public class AssociationDirectory {

    private static final String COLUMNS = """
        select a.id, a.municipality, a.organisation_number, a.name, a.type, a.description, a.parent_association_id,
               p.name as parent_name, a.register_status, a.registered_name, a.organisation_form,
               a.in_frivillighetsregisteret, a.deleted_on, a.checked_at, a.verified, a.verified_at, a.registered_at,
               a.updated_at
          from association_directory a
          left join association_directory p on p.id = a.parent_association_id
        """;

    private final DSLContext sql;

    AssociationDirectory(DSLContext sql) {
        this.sql = sql;
    }

    /**
     * A municipality's associations by name, those whose name contains the query's name (ignoring case) and of its
     * type; a blank filter is no filter.
     */
    @Transactional(readOnly = true)
    public List<DirectoryEntry> search(DirectoryQuery query) {
        var conditions = new StringBuilder(" where a.municipality = ?");
        var bindings = new ArrayList<Object>(List.of(query.municipality()));
        if (!query.name().isBlank()) {
            conditions.append(" and strpos(lower(a.name), lower(?)) > 0");
            bindings.add(query.name());
        }
        if (!query.type().isBlank()) {
            conditions.append(" and a.type = ?");
            bindings.add(query.type());
        }
        return sql.fetch(COLUMNS + conditions + " order by lower(a.name), a.id", bindings.toArray())
            .map(AssociationDirectory::entry);
    }

    @Transactional(readOnly = true)
    public Optional<DirectoryEntry> find(UUID id) {
        return sql.fetchOptional(COLUMNS + " where a.id = ?", id).map(AssociationDirectory::entry);
    }

    /** The associations staff of the municipality have yet to verify, oldest first. */
    @Transactional(readOnly = true)
    public List<DirectoryEntry> unverified(String municipality) {
        return sql.fetch(COLUMNS + " where a.municipality = ? and not a.verified order by a.registered_at, a.id",
            municipality).map(AssociationDirectory::entry);
    }

    /**
     * Verified associations Enhetsregisteret now calls deleted, bankrupt, being wound up or unknown: the staff who
     * vouched for them should know. Newest news first.
     */
    @Transactional(readOnly = true)
    public List<DirectoryEntry> verifiedButGone(String municipality) {
        return sql.fetch(COLUMNS + " where a.municipality = ? and a.verified and a.register_status in "
            + "('deleted', 'bankrupt', 'being-wound-up', 'not-found') order by a.checked_at desc, a.id", municipality)
            .map(AssociationDirectory::entry);
    }

    /** The associations staff of the municipality verified, by name. */
    @Transactional(readOnly = true)
    public List<DirectoryEntry> verified(String municipality) {
        return sql.fetch(COLUMNS + " where a.municipality = ? and a.verified order by lower(a.name), a.id",
            municipality).map(AssociationDirectory::entry);
    }

    /** The associations a new one may belong to: the municipality's others, by name. */
    @Transactional(readOnly = true)
    public List<DirectoryEntry> possibleParents(String municipality) {
        return search(new DirectoryQuery(municipality, "", ""));
    }

    private static DirectoryEntry entry(Record row) {
        return new DirectoryEntry(row.get("id", UUID.class), row.get("municipality", String.class),
            row.get("organisation_number", String.class), row.get("name", String.class), row.get("type", String.class),
            row.get("description", String.class), row.get("parent_association_id", UUID.class),
            row.get("parent_name", String.class), row.get("register_status", String.class),
            row.get("registered_name", String.class), row.get("organisation_form", String.class),
            Boolean.TRUE.equals(row.get("in_frivillighetsregisteret", Boolean.class)),
            row.get("deleted_on", LocalDate.class), instant(row, "checked_at"),
            Boolean.TRUE.equals(row.get("verified", Boolean.class)), instant(row, "verified_at"),
            instant(row, "registered_at"), instant(row, "updated_at"));
    }

    private static java.time.Instant instant(Record row, String column) {
        var value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
