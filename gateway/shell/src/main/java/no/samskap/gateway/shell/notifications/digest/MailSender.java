package no.samskap.gateway.shell.notifications.digest;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import no.samskap.gateway.shell.notifications.Feeds;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Sends the mail table's due mails through SMTP and marks each sent in the transaction that holds its row, so two
 * gateways never send one mail. A mail the server does not take is tried again later, each wait twice the last up to
 * {@code longest-retry}; it stays in the table until it is sent.
 */
@Singleton
class MailSender {

    private static final Logger LOG = LoggerFactory.getLogger(MailSender.class);
    private static final int BATCH = 20;

    private final DSLContext sql;
    private final SmtpServer smtp;
    private final MailConfiguration configuration;
    private final Clock clock;

    MailSender(DSLContext sql, SmtpServer smtp, MailConfiguration configuration, Clock clock) {
        this.sql = sql;
        this.smtp = smtp;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** Returns how many mails it sent; none while no SMTP server is configured. */
    @Transactional
    int sendDue() {
        if (!configuration.configured()) {
            return 0;
        }
        var now = clock.instant();
        var sent = 0;
        for (var mail : sql.fetch("""
                select mail_id, recipient, subject, body, attempts from notification_mail
                where sent_at is null and next_attempt_at <= ?::timestamptz
                order by next_attempt_at limit ? for update skip locked""",
            Feeds.utc(now), BATCH)) {
            if (send(mail, now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(Record mail, Instant now) {
        var mailId = mail.get(0, UUID.class);
        try {
            smtp.send(mailId, mail.get(1, String.class), mail.get(2, String.class), mail.get(3, String.class));
            sql.execute("update notification_mail set sent_at = ?::timestamptz, attempts = attempts + 1, last_error = null"
                + " where mail_id = ?", Feeds.utc(now), mailId);
            return true;
        } catch (MessagingException refused) {
            var attempts = mail.get(4, Integer.class) + 1;
            var wait = configuration.retryAfter(attempts);
            LOG.warn("Could not send mail {} (attempt {}); trying again in {}: {}", mailId, attempts, wait,
                refused.getMessage());
            sql.execute("update notification_mail set attempts = ?, next_attempt_at = ?::timestamptz, last_error = ?"
                + " where mail_id = ?", attempts, Feeds.utc(now.plus(wait)), String.valueOf(refused.getMessage()), mailId);
            return false;
        }
    }
}
