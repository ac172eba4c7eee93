package no.samskap.organisations.associations.persistence;

import jakarta.inject.Singleton;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.MemberRole;
import no.samskap.organisations.associations.domain.Members;
import no.samskap.organisations.associations.domain.Membership;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class JooqMembers implements Members {

    private final DSLContext sql;

    JooqMembers(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void add(Membership membership) {
        sql.execute("""
                insert into membership (association_id, person_id, role, added_by, added_at)
                values (?, ?, ?, ?, ?::timestamptz)""",
            membership.associationId().value(), membership.personId(), membership.role().code(),
            membership.addedBy(), OffsetDateTime.ofInstant(membership.addedAt(), ZoneOffset.UTC));
    }

    @Override
    public Optional<Membership> find(AssociationId association, String personId) {
        return sql.fetchOptional("select * from membership where association_id = ? and person_id = ?",
            association.value(), personId).map(JooqMembers::toMembership);
    }

    @Override
    public List<Membership> of(AssociationId association) {
        return sql.fetch("select * from membership where association_id = ? order by added_at, person_id",
            association.value()).map(JooqMembers::toMembership);
    }

    @Override
    public List<Membership> ofPerson(String personId) {
        return sql.fetch("select * from membership where person_id = ? order by added_at", personId)
            .map(JooqMembers::toMembership);
    }

    @Override
    public void changeRole(AssociationId association, String personId, MemberRole role) {
        sql.execute("update membership set role = ? where association_id = ? and person_id = ?", role.code(),
            association.value(), personId);
    }

    @Override
    public void remove(AssociationId association, String personId) {
        sql.execute("delete from membership where association_id = ? and person_id = ?", association.value(), personId);
    }

    @Override
    public int adminCount(AssociationId association) {
        // Locks the association's admin rows so two admins leaving at once cannot both pass the last-admin rule.
        return sql.fetch("select person_id from membership where association_id = ? and role = 'admin' for update",
            association.value()).size();
    }

    private static Membership toMembership(Record row) {
        return new Membership(new AssociationId(row.get("association_id", UUID.class)),
            row.get("person_id", String.class), MemberRole.fromCode(row.get("role", String.class)).orElseThrow(),
            row.get("added_by", String.class), row.get("added_at", OffsetDateTime.class).toInstant());
    }
}
