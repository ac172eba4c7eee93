package no.samskap.gateway.organisations.directory;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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
        select a.id, lower(a.name) as sort_name, a.municipality, a.organisation_number, a.name, a.type, a.description, a.parent_association_id,
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

    /** How many associations a page of the directory shows. */
    public static final int PAGE = 50;

    /**
     * Every association of the municipality the query admits, by name. For the register form's choice of a parent;
     * people searching the directory read {@link #page}.
     */
    @Transactional(readOnly = true)
    public List<DirectoryEntry> search(DirectoryQuery query) {
        var statement = searchStatement(query);
        return sql.fetch(statement.text(), statement.bindings().toArray()).map(AssociationDirectory::entry);
    }

    /**
     * A page of a municipality's associations by name, after {@code after}: those in which every word of the query is
     * part of the name, the description or the description of an accepted offer of help (ignoring case), of the
     * query's type, and with an accepted offer of the kind asked for. Offers still waiting or declined are not
     * public, so they never count. {@code next} is the cursor of the page after it, when more follow.
     */
    @Transactional(readOnly = true)
    public DirectoryEntries page(DirectoryQuery query, Optional<DirectoryCursor> after) {
        var statement = pageStatement(query, after);
        var rows = sql.fetch(statement.text(), statement.bindings().toArray());
        var found = rows.stream().limit(PAGE).map(AssociationDirectory::entry).toList();
        if (rows.size() <= PAGE) {
            return new DirectoryEntries(found, Optional.empty());
        }
        var last = rows.get(PAGE - 1);
        return new DirectoryEntries(found, Optional.of(new DirectoryCursor(last.get("sort_name", String.class),
            last.get("id", UUID.class)).encode()));
    }

    /** The whole search's statement and its values in order. */
    static Statement searchStatement(DirectoryQuery query) {
        var conditions = conditions(query);
        return new Statement(COLUMNS + conditions.text() + " order by lower(a.name), a.id", conditions.bindings());
    }

    /**
     * One page and one association more, to know whether another page follows, read from the index in name order
     * (V51) after the cursor's name and id; the type and kind of help filter the rows read on the way. Words of three
     * letters or more instead find every association that holds them first, through the trigram indexes (V52), and
     * sort those: a word few associations hold then reads those few, not the municipality, and a common word reads
     * its matches once. Shorter words have no trigram and filter the walk.
     */
    static Statement pageStatement(DirectoryQuery query, Optional<DirectoryCursor> after) {
        var words = words(query);
        if (words.isEmpty() || words.stream().anyMatch(word -> word.length() < 3)) {
            return walkedPage(query, after);
        }
        var candidates = conditions(query, words, true);
        var text = new StringBuilder("with candidates as materialized (select a.id, lower(a.name) as sort_name"
            + " from association_directory a").append(candidates.text()).append(") ").append(COLUMNS)
            .append(" join (select id, sort_name from candidates");
        var bindings = new ArrayList<>(candidates.bindings());
        after.ifPresent(cursor -> {
            text.append(" where (sort_name, id) > (?, ?::uuid)");
            bindings.add(cursor.sortName());
            bindings.add(cursor.id());
        });
        bindings.add(PAGE + 1);
        return new Statement(text + " order by sort_name, id limit ?) page on page.id = a.id"
            + " order by page.sort_name, page.id", List.copyOf(bindings));
    }

    private static Statement walkedPage(DirectoryQuery query, Optional<DirectoryCursor> after) {
        var conditions = conditions(query);
        var text = new StringBuilder(COLUMNS).append(conditions.text());
        var bindings = new ArrayList<>(conditions.bindings());
        after.ifPresent(cursor -> {
            text.append(" and (lower(a.name), a.id) > (?, ?::uuid)");
            bindings.add(cursor.sortName());
            bindings.add(cursor.id());
        });
        bindings.add(PAGE + 1);
        return new Statement(text + " order by lower(a.name), a.id limit ?", List.copyOf(bindings));
    }

    static String escapedForLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static List<String> words(DirectoryQuery query) {
        return Arrays.stream(query.words().toLowerCase(Locale.ROOT).split("\\s+")).filter(word -> !word.isEmpty())
            .toList();
    }

    private static Statement conditions(DirectoryQuery query) {
        return conditions(query, words(query), false);
    }

    /**
     * The offers' words are looked for among the municipality's accepted offers once, by the offers' own index,
     * rather than among every municipality's; an association offers help in its own municipality only. By trigrams,
     * a word is matched with {@code like} on the expressions the V52 indexes hold, its wildcards escaped.
     */
    private static Statement conditions(DirectoryQuery query, List<String> words, boolean byTrigrams) {
        var conditions = new StringBuilder(" where a.municipality = ?");
        var bindings = new ArrayList<Object>(List.of(query.municipality()));
        for (var word : words) {
            if (byTrigrams) {
                conditions.append(" and (association_directory_words(a.name, a.description) like ? escape '\\'"
                    + " or a.id = any(array(select o.association_id from help_offer o where o.municipality = ?"
                    + " and o.status = 'accepted' and lower(o.description) like ? escape '\\')))");
                var pattern = "%" + escapedForLike(word) + "%";
                bindings.addAll(List.of(pattern, query.municipality(), pattern));
            } else {
                conditions.append(" and (strpos(lower(a.name), ?) > 0 or strpos(lower(a.description), ?) > 0"
                    + " or a.id in (select o.association_id from help_offer o where o.municipality = ?"
                    + " and o.status = 'accepted' and strpos(lower(o.description), ?) > 0))");
                bindings.addAll(List.of(word, word, query.municipality(), word));
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
        return new Statement(conditions.toString(), bindings);
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
