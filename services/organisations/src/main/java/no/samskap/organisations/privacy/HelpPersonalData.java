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
 * Offers of help the person made to ideas, requests for help they made or took, and the requests they showed
 * interest in. Offers and requests belong to the ideas and associations they concern and stay, by a former
 * participant; interest is about the person only and is deleted.
 */
@Singleton
class HelpPersonalData implements PersonalData {

    private final DSLContext sql;

    HelpPersonalData(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "organisations.help";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("offers", """
                select id, municipality, idea_id, association_id, kind, hours, skills, description, status,
                       decision_note, offered_at, decided_at
                from help_offer where offered_by = ? order by offered_at""", subjectId)
            .rows("requestsMade", """
                select id, municipality, association_id, idea_id, task, place, starts_at, ends_at, requested_at
                from help_request where requested_by = ? order by requested_at""", subjectId)
            .rows("requestsTaken", """
                select id, municipality, association_id, task, place, starts_at, ends_at, taken_at
                from help_request where taken_by = ? order by taken_at""", subjectId)
            .rows("interest", """
                select request_id, shown_at from help_interest where volunteer_id = ? order by shown_at""",
                subjectId)
            .build();
    }

    @Override
    @Transactional
    public void erase(String subjectId) {
        takeOver(sql, "help_offer", "offered_by", subjectId);
        takeOver(sql, "help_offer", "decided_by", subjectId);
        takeOver(sql, "help_request", "requested_by", subjectId);
        takeOver(sql, "help_request", "taken_by", subjectId);
        sql.execute("delete from help_interest where volunteer_id = ?", subjectId);
    }
}
