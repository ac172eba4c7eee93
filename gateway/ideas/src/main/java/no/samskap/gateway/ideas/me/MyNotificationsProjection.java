package no.samskap.gateway.ideas.me;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.proposals.NotificationAdded;
import no.samskap.contract.proposals.NotificationsRead;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import no.samskap.platform.consumption.WhenCommitted;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Keeps each person's notification feed from their own topic, and tells the person's open pages of a new entry once
 * the transaction that stored it has committed, the way the idea board announces its changes.
 */
@Singleton
class MyNotificationsProjection implements MessageHandler {

    private final DSLContext sql;
    private final WhenCommitted whenCommitted;
    private final MyNotificationChanges changes;
    private final HandlersByType handlers;

    MyNotificationsProjection(DSLContext sql, WhenCommitted whenCommitted,
                              MyNotificationChanges changes) {
        this.sql = sql;
        this.whenCommitted = whenCommitted;
        this.changes = changes;
        this.handlers = HandlersByType.of(ProposalsMessages.NOTIFICATION_FEED)
            .on(ProposalsMessages.NOTIFICATION_ADDED, this::added)
            .on(ProposalsMessages.NOTIFICATIONS_READ, this::read)
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from my_notification");
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    private void added(Envelope envelope, NotificationAdded added) {
        var stored = sql.execute("""
                insert into my_notification (person_id, notification_id, idea_id, idea_title, kind, note, added_at)
                values (?, ?, ?, ?, ?, ?, ?::timestamptz) on conflict (person_id, notification_id) do nothing""",
            added.personId(), added.notificationId(), UUID.fromString(added.ideaId()),
            added.ideaTitle() == null ? "" : added.ideaTitle(), added.kind(), added.note() == null ? "" : added.note(),
            utc(added.addedAt()));
        if (stored > 0) {
            announceAfterCommit(new NewNotification(added.personId(), Long.toString(added.notificationId()),
                added.ideaId(), added.kind()));
        }
    }

    private void read(Envelope envelope, NotificationsRead read) {
        sql.execute("update my_notification set read_at = ?::timestamptz"
                + " where person_id = ? and notification_id <= ? and read_at is null",
            utc(read.readAt()), read.personId(), read.upTo());
    }

    private void announceAfterCommit(NewNotification notification) {
        whenCommitted.run(() -> changes.announce(notification));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
