package no.samskap.gateway.organisations.directory;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the public directory of associations with the kinds of help each has offered and the municipality accepted
 * (from this module's {@code help_offer}); everything here may be shown to anyone.
 */
@Singleton
public class AssociationDirectory {

    private static final String COLUMNS = """
        select a.id, a.municipality, a.organisation_number, a.name, a.type, a.description, a.parent_association_id,
               p.name as parent_name, a.register_status, a.registered_name, a.organisation_form,
               a.in_frivillighetsregisteret, a.deleted_on, a.checked_at, a.verified, a.verified_at, a.registered_at,
               a.updated_at,
               array(select distinct o.kind from help_offer o
                      where o.association_id = a.id and o.status = 'accepted' order by o.kind) as offers
          from association_directory a
          left join association_directory p on p.id = a.parent_association_id
        """;

    private final DSLContext sql;

    AssociationDirectory(DSLContext sql) {
        this.sql = sql;
    }

    /**
     * A municipality's associations by name: those in which every word of the query is part of the name, the
     * description or the description of an accepted offer of help (ignoring case), of the query's type, and with an
     * accepted offer of the kind asked for. Offers still waiting or declined are not public, so they never count.
     */
    @Transactional(readOnly = true)
    public List<DirectoryEntry> search(DirectoryQuery query) {
        var statement = searchStatement(query);
        return sql.fetch(statement.text(), statement.bindings().toArray()).map(AssociationDirectory::entry);
    }

    /** The search's statement and its values in order. */
    static Statement searchStatement(DirectoryQuery query) {
        var conditions = new StringBuilder(" where a.municipality = ?");
        var bindings = new ArrayList<Object>(List.of(query.municipality()));
        for (var word : query.words().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty()) {
                conditions.append(" and (strpos(lower(a.name), ?) > 0 or strpos(lower(a.description), ?) > 0"
                    + " or exists (select 1 from help_offer o where o.association_id = a.id"
                    + " and o.status = 'accepted' and strpos(lower(o.description), ?) > 0))");
                bindings.addAll(List.of(word, word, word));
            }
        }
        if (!query.type().isBlank()) {
            conditions.append(" and a.type = ?");
            bindings.add(query.type());
        }
        if (!query.offers().isBlank()) {
            conditions.append(" and exists (select 1 from help_offer o where o.association_id = a.id"
                + " and o.status = 'accepted' and o.kind = ?)");
            bindings.add(query.offers());
        }
        return new Statement(COLUMNS + conditions + " order by lower(a.name), a.id", bindings);
    }

    record Statement(String text, List<Object> bindings) {
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
        return search(DirectoryQuery.all(municipality));
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
            instant(row, "registered_at"), instant(row, "updated_at"), offers(row));
    }

    private static List<String> offers(Record row) {
        var kinds = row.get("offers", String[].class);
        return kinds == null ? List.of() : List.of(kinds);
    }

    private static java.time.Instant instant(Record row, String column) {
        var value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
