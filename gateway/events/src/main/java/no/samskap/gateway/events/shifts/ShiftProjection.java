package no.samskap.gateway.events.shifts;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.events.EventsMessages;
import no.samskap.contract.events.ShiftChanged;
import no.samskap.contract.events.ShiftCreated;
import no.samskap.gateway.events.live.EventChange;
import no.samskap.gateway.events.live.EventChanges;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Keeps each event's volunteer shifts and how many places are taken. The sign-up messages carry the volunteer's
 * subject id for their record of work; this public table keeps only the counts.
 */
@Singleton
class ShiftProjection implements MessageHandler {

    private final DSLContext sql;
    private final EventChanges changes;
    private final HandlersByType handlers;

    ShiftProjection(DSLContext sql, EventChanges changes) {
        this.sql = sql;
        this.changes = changes;
        this.handlers = HandlersByType.of(EventsMessages.SHIFT)
            .on(EventsMessages.SHIFT_CREATED, this::created)
            .on(EventsMessages.SHIFT_SIGNED_UP, (envelope, signedUp) ->
                filled(envelope, signedUp.shiftId(), signedUp.filled(), signedUp.needed()))
            .on(EventsMessages.SHIFT_FILLED, (envelope, filled) ->
                filled(envelope, filled.shiftId(), filled.needed(), filled.needed()))
            .on(EventsMessages.SHIFT_LEFT, (envelope, left) ->
                filled(envelope, left.shiftId(), left.filled(), left.needed()))
            .on(EventsMessages.SHIFT_CHANGED, this::changed)
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from event_shift");
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    private void created(Envelope envelope, ShiftCreated created) {
        sql.execute("""
                insert into event_shift (id, event_id, role, starts_at, ends_at, needed, minimum_age, attest_required,
                                         changed_at)
                values (?, ?, ?, ?::timestamptz, ?::timestamptz, ?, ?, ?, ?::timestamptz)
                on conflict (id) do nothing""",
            UUID.fromString(created.shiftId()), UUID.fromString(envelope.aggregateId()), created.role(),
            utc(created.startsAt()), utc(created.endsAt()), created.needed(), created.minimumAge(),
            created.attestRequired(), utc(envelope.occurredAt()));
        announce(envelope);
    }

    private void changed(Envelope envelope, ShiftChanged changed) {
        sql.execute("""
                update event_shift set role = ?, starts_at = ?::timestamptz, ends_at = ?::timestamptz, needed = ?,
                                       filled = ?, changed_at = ?::timestamptz
                where id = ?""",
            changed.role(), utc(changed.startsAt()), utc(changed.endsAt()), changed.needed(), changed.filled(),
            utc(envelope.occurredAt()), UUID.fromString(changed.shiftId()));
        announce(envelope);
    }

    private void filled(Envelope envelope, String shiftId, int filled, int needed) {
        sql.execute("update event_shift set filled = ?, needed = ?, changed_at = ?::timestamptz where id = ?",
            filled, needed, utc(envelope.occurredAt()), UUID.fromString(shiftId));
        announce(envelope);
    }

    private void announce(Envelope envelope) {
        changes.announceAfterCommit(EventChange.of(envelope.municipality(), envelope.aggregateId(), "shifts"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
