package no.samskap.gateway.organisations.members;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A person's own memberships: asked only for the signed-in person themselves. */
@Singleton
public class Memberships {

    public static final String ADMIN = "admin";

    /** One of the person's associations, with their role in it. */
    @Serdeable
    public record Membership(UUID associationId, String name, String role) {
    }

    private final DSLContext sql;

    Memberships(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    public List<Membership> of(String person) {
        return sql.fetch("""
                select m.association_id, coalesce(a.name, '') as name, m.role
                  from association_member m
                  left join association_directory a on a.id = m.association_id
                 where m.person_id = ?
                 order by lower(coalesce(a.name, '')), m.association_id""", person)
            .map(row -> new Membership(row.get("association_id", UUID.class), row.get("name", String.class),
                row.get("role", String.class)));
    }

    /** The person's role in the association, empty when they are no member. */
    @Transactional(readOnly = true)
    public Optional<String> roleOf(UUID association, String person) {
        return sql.fetchOptional("select role from association_member where association_id = ? and person_id = ?",
            association, person).map(row -> row.get("role", String.class));
    }
}
