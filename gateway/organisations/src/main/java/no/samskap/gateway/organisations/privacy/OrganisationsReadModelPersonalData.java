package no.samskap.gateway.organisations.privacy;

import no.samskap.platform.privacy.PersonalExport;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.privacy.FormerParticipant;
import no.samskap.platform.privacy.PersonalData;
import org.jooq.DSLContext;

import java.util.Map;

/**
 * What the organisations module's read models hold about a person: their memberships, and the offers of help and
 * tasks they made or took. Erased: memberships are deleted; offers and tasks stay on the ideas' and associations'
 * pages, each by its own former participant, as in the organisations service.
 */
@Singleton
class OrganisationsReadModelPersonalData implements PersonalData {

    private final DSLContext sql;

    OrganisationsReadModelPersonalData(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "gateway.organisations";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("memberships", """
                select m.association_id, a.name as association_name, m.role, m.added_at
                from association_member m left join association_directory a on a.id = m.association_id
                where m.person_id = ? order by m.added_at""", subjectId)
            .rows("helpOffers", """
                select id, municipality, idea_id, association_id, kind, hours, skills, description, status,
                       offered_at, decided_at
                from help_offer where offered_by = ? order by offered_at""", subjectId)
            .rows("helpTasksTaken", """
                select id, municipality, association_id, idea_id, starts_at, ends_at, taken_at
                from help_request where taken_by = ? order by taken_at""", subjectId)
            .build();
    }

    @Override
    @Transactional
    public void erase(String subjectId) {
        sql.execute("delete from association_member where person_id = ?", subjectId);
        sql.execute("update help_offer set offered_by = ? || gen_random_uuid() where offered_by = ?",
            FormerParticipant.PREFIX, subjectId);
        sql.execute("update help_request set taken_by = ? || gen_random_uuid() where taken_by = ?",
            FormerParticipant.PREFIX, subjectId);
    }
}
