package no.samskap.organisations.privacy;

import no.samskap.platform.privacy.PersonalExport;
import no.samskap.platform.privacy.FormerParticipants;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.privacy.PersonalData;
import org.jooq.DSLContext;

import java.util.Map;

import static no.samskap.platform.privacy.FormerParticipants.takeOver;

/**
 * Who the person is as their tokens told the service (ADR 0030), the associations they belong to and their
 * invitations. Erased: all of it; where they invited or added someone else, a former participant did.
 */
@Singleton
class MembershipsPersonalData implements PersonalData {

    private final DSLContext sql;

    MembershipsPersonalData(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "organisations.memberships";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .row("person", """
                select username, display_name, email, municipality, first_seen_at, changed_at
                from person where subject = ?""", subjectId)
            .rows("memberships", """
                select m.association_id, a.name as association_name, m.role, m.added_at
                from membership m join association a on a.id = m.association_id
                where m.person_id = ? order by m.added_at""", subjectId)
            .rows("invitations", """
                select i.association_id, a.name as association_name, i.role, i.invited_at, i.answer, i.answered_at
                from invitation i join association a on a.id = i.association_id
                where i.invitee_id = ? order by i.invited_at""", subjectId)
            .build();
    }

    @Override
    @Transactional
    public void erase(String subjectId) {
        sql.execute("delete from invitation where invitee_id = ?", subjectId);
        takeOver(sql, "invitation", "invited_by", subjectId);
        sql.execute("delete from membership where person_id = ?", subjectId);
        takeOver(sql, "membership", "added_by", subjectId);
        sql.execute("delete from person where subject = ?", subjectId);
    }
}
