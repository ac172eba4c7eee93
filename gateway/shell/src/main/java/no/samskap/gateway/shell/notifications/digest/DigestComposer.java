package no.samskap.gateway.shell.notifications.digest;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.notifications.Feeds;
import no.samskap.gateway.shell.notifications.NotificationWordings;
import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Decides the digests that are due: for each person whose time has come, the entries still unread that no digest
 * told yet, as one mail in the mail table, in the same transaction that records them as told and moves the person's
 * next time on. Two gateways never take the same person: due rows are locked and skipped by the other.
 */
@Singleton
class DigestComposer {

    private static final Logger LOG = LoggerFactory.getLogger(DigestComposer.class);
    private static final int BATCH = 100;

    private final DSLContext sql;
    private final NotificationWordings wordings;
    private final MailConfiguration configuration;
    private final Clock clock;

    DigestComposer(DSLContext sql, NotificationWordings wordings, MailConfiguration configuration, Clock clock) {
        this.sql = sql;
        this.wordings = wordings;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** Returns how many mails it wrote. */
    @Transactional
    int composeDue() {
        var now = clock.instant();
        var due = sql.fetch("""
                select person_id, frequency, email, language, chosen_at from notification_digest
                where next_due_at <= ?::timestamptz order by next_due_at limit ? for update skip locked""",
            Feeds.utc(now), BATCH);
        var written = 0;
        for (var person : due) {
            var personId = person.get(0, String.class);
            var entries = sql.fetch("""
                    select e.notification_id, e.service, e.subject_type, e.subject_id, e.subject_title, e.link_path,
                    e.kind, e.note, e.notified_at, null::timestamptz from notification_entry e
                    where e.person_id = ? and e.notified_at > ?::timestamptz
                    and not exists (select 1 from notification_read r where r.person_id = e.person_id
                        and r.notification_id = e.notification_id)
                    and not exists (select 1 from notification_digested d where d.notification_id = e.notification_id)
                    order by e.notified_at, e.arrival""", personId, person.get(4, OffsetDateTime.class))
                .map(Feeds::entry);
            if (!entries.isEmpty()) {
                var mailId = UUID.randomUUID();
                var mail = DigestMail.of(entries, new Texts(Language.valueOf(person.get(3, String.class))), wordings,
                    configuration.siteUrl());
                sql.execute("""
                        insert into notification_mail (mail_id, person_id, recipient, subject, body, created_at,
                        next_attempt_at) values (?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz)""",
                    mailId, personId, person.get(2, String.class), mail.subject(), mail.body(), Feeds.utc(now),
                    Feeds.utc(now));
                entries.forEach(entry -> sql.execute(
                    "insert into notification_digested (notification_id, mail_id) values (?, ?)",
                    UUID.fromString(entry.id()), mailId));
                LOG.info("Wrote digest mail {} for person {} with {} notifications.", mailId, personId, entries.size());
                written++;
            }
            var next = DigestFrequency.coded(person.get(1, String.class)).orElseThrow().nextAfter(now);
            sql.execute("update notification_digest set next_due_at = ?::timestamptz where person_id = ?",
                next.map(Feeds::utc).orElse(null), personId);
        }
        return written;
    }
}
