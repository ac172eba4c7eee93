package no.samskap.gateway.shell.notifications;

import jakarta.inject.Singleton;
import no.samskap.platform.privacy.PersonalData;
import no.samskap.platform.privacy.PersonalExport;
import org.jooq.DSLContext;

import java.util.Map;

/** The person's feed: what they were told, what they read, their digest choice and address, and the digests sent. */
@Singleton
class FeedOfAPerson implements PersonalData {

    private final DSLContext sql;

    FeedOfAPerson(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "gateway.notifications";
    }

    @Override
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("notifications", """
                select e.notification_id, e.service, e.subject_type, e.subject_id, e.subject_title, e.link_path, e.kind,
                       e.note, e.notified_at, r.read_at
                from notification_entry e
                left join notification_read r on r.person_id = e.person_id and r.notification_id = e.notification_id
                where e.person_id = ? order by e.notified_at""", subjectId)
            .row("digest", "select frequency, email, language, chosen_at from notification_digest where person_id = ?",
                subjectId)
            .rows("digestMails", """
                select recipient, subject, created_at, sent_at from notification_mail where person_id = ?
                order by created_at""", subjectId)
            .build();
    }

    @Override
    public void erase(String subjectId) {
        sql.execute("""
            delete from notification_digested where notification_id in
            (select notification_id from notification_entry where person_id = ?)""", subjectId);
        sql.execute("delete from notification_read where person_id = ?", subjectId);
        sql.execute("delete from notification_entry where person_id = ?", subjectId);
        sql.execute("delete from notification_digest where person_id = ?", subjectId);
        sql.execute("delete from notification_mail where person_id = ?", subjectId);
    }
}
