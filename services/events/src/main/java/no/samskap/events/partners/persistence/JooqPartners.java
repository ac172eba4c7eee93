package no.samskap.events.partners.persistence;

import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.application.Partners;
import io.micronaut.transaction.annotation.ReadOnly;
import no.samskap.events.partners.application.CoHosts;
import no.samskap.events.partners.application.PartnerCopy;
import no.samskap.events.partners.application.Sightings;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Singleton
class JooqPartners implements Partners, PartnerCopy, Sightings, CoHosts {

    private final DSLContext sql;

    JooqPartners(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public boolean isVerifiedIn(UUID associationId, MunicipalityNumber municipality) {
        return sql.fetchExists(sql.selectOne().from("partner_association")
            .where("id = ? and municipality = ? and verified", associationId, municipality.value()));
    }

    @Override
    public boolean isAdmin(UUID associationId, String personId) {
        return sql.fetchExists(sql.selectOne().from("partner_member")
            .where("association_id = ? and person_id = ? and role = 'admin'", associationId, personId));
    }

    @Override
    public void registered(UUID association, String municipality, String name) {
        sql.execute("""
                insert into partner_association (id, municipality, name) values (?, ?, ?)
                on conflict (id) do update set municipality = excluded.municipality, name = excluded.name""",
            association, municipality, name);
    }

    @Override
    public void renamed(UUID association, String name) {
        sql.execute("update partner_association set name = ? where id = ?", name, association);
    }

    @Override
    public void verified(UUID association) {
        sql.execute("update partner_association set verified = true where id = ?", association);
    }

    @Override
    public void member(UUID association, String personId, String role) {
        sql.execute("""
                insert into partner_member (association_id, person_id, role) values (?, ?, ?)
                on conflict (association_id, person_id) do update set role = excluded.role""",
            association, personId, role);
    }

    @Override
    public void noLongerMember(UUID association, String personId) {
        sql.execute("delete from partner_member where association_id = ? and person_id = ?", association, personId);
    }

    @Override
    public void sighted(UUID association, String volunteerId, String role, LocalDate validUntil) {
        sql.execute("""
                insert into attest_sighting (association_id, volunteer_id, role, valid_until) values (?, ?, ?, ?)
                on conflict (association_id, volunteer_id, role) do update set valid_until = excluded.valid_until""",
            association, volunteerId, role, validUntil);
    }

    @Override
    public void expired(UUID association, String volunteerId, String role) {
        sql.execute("delete from attest_sighting where association_id = ? and volunteer_id = ? and role = ?",
            association, volunteerId, role);
    }

    @Override
    public boolean holdsOn(String volunteerId, LocalDate day) {
        return sql.fetchExists(sql.selectOne().from("attest_sighting")
            .where("volunteer_id = ? and valid_until > ?", volunteerId, day));
    }

    @Override
    @ReadOnly
    public List<CoHost> verifiedIn(MunicipalityNumber municipality) {
        return sql.fetch("select id, name from partner_association where municipality = ? and verified order by name",
            municipality.value()).map(row -> new CoHost(row.get("id", UUID.class), row.get("name", String.class)));
    }

    @Override
    public void forgetAssociations() {
        sql.execute("delete from partner_member");
        sql.execute("delete from partner_association");
    }

    @Override
    public void forgetSightings() {
        sql.execute("delete from attest_sighting");
    }
}
