package no.samskap.gateway.events.calendar;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.events.EventCancelled;
import no.samskap.contract.events.EventCompleted;
import no.samskap.contract.events.EventFacts;
import no.samskap.contract.events.EventsMessages;
import no.samskap.gateway.events.live.EventChange;
import no.samskap.gateway.events.live.EventChanges;
import no.samskap.gateway.shell.web.PageChanges;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the public calendar in step with the events service: an event enters when it is published, follows its
 * updates, and stays, marked, when it is cancelled or completed. Drafts and their updates never enter, for an
 * update changes only an event the calendar already holds.
 */
@Singleton
class CalendarProjection implements MessageHandler {

    private static final String IDEA_PAGE = "idea";

    private final DSLContext sql;
    private final HandlersByType handlers;
    private final EventChanges changes;
    private final PageChanges pages;

    CalendarProjection(DSLContext sql, EventChanges changes, PageChanges pages) {
        this.sql = sql;
        this.changes = changes;
        this.pages = pages;
        this.handlers = HandlersByType.of(EventsMessages.EVENT)
            .on(EventsMessages.EVENT_PUBLISHED, (envelope, published) -> published(envelope, published.facts()))
            .on(EventsMessages.EVENT_UPDATED, (envelope, updated) -> updated(envelope, updated.facts()))
            .on(EventsMessages.EVENT_CANCELLED, this::cancelled)
            .on(EventsMessages.EVENT_COMPLETED, this::completed)
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from event_calendar");
        pages.everyPageChanged(IDEA_PAGE);
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    private void published(Envelope envelope, EventFacts facts) {
        sql.execute("""
                insert into event_calendar (id, municipality, status, title, description, hosting_unit, co_host_ids,
                                            idea_ids, venue_id, venue_name, venue_address, starts_at, ends_at,
                                            audience, target_groups, price_nok, capacity, accessibility,
                                            published_at, updated_at)
                values (?, ?, 'published', ?, ?, ?, ?::uuid[], ?::uuid[], ?, ?, ?, ?::timestamptz, ?::timestamptz,
                        ?, ?::text[], ?, ?, ?::text[], ?::timestamptz, ?::timestamptz)
                on conflict (id) do nothing""",
            id(envelope), envelope.municipality(), facts.title(), facts.description(), facts.hostingUnit(),
            array(facts.coHostIds()), array(facts.ideaIds()), uuidOrNull(facts.venueId()), facts.venueName(),
            facts.venueAddress(), utc(facts.startsAt()), utc(facts.endsAt()), facts.audience(),
            array(facts.targetGroups()), facts.priceNok(), facts.capacity(), array(facts.accessibility()),
            utc(envelope.occurredAt()), utc(envelope.occurredAt()));
        ideaPagesChanged(ideasBefore(envelope), facts.ideaIds());
        announce(envelope);
    }

    private void updated(Envelope envelope, EventFacts facts) {
        var before = ideasBefore(envelope);
        sql.execute("""
                update event_calendar
                   set title = ?, description = ?, hosting_unit = ?, co_host_ids = ?::uuid[], idea_ids = ?::uuid[],
                       venue_id = ?, venue_name = ?, venue_address = ?, starts_at = ?::timestamptz,
                       ends_at = ?::timestamptz, audience = ?, target_groups = ?::text[], price_nok = ?, capacity = ?,
                       accessibility = ?::text[], updated_at = ?::timestamptz
                 where id = ?""",
            facts.title(), facts.description(), facts.hostingUnit(), array(facts.coHostIds()),
            array(facts.ideaIds()), uuidOrNull(facts.venueId()), facts.venueName(), facts.venueAddress(),
            utc(facts.startsAt()), utc(facts.endsAt()), facts.audience(), array(facts.targetGroups()),
            facts.priceNok(), facts.capacity(), array(facts.accessibility()), utc(envelope.occurredAt()),
            id(envelope));
        ideaPagesChanged(before, facts.ideaIds());
        announce(envelope);
    }

    private void cancelled(Envelope envelope, EventCancelled cancelled) {
        ideaPagesChanged(ideasBefore(envelope), List.of());
        sql.execute("""
                update event_calendar set status = 'cancelled', cancellation_reason = ?, updated_at = ?::timestamptz
                 where id = ?""", cancelled.reason(), utc(envelope.occurredAt()), id(envelope));
        announce(envelope);
    }

    private void completed(Envelope envelope, EventCompleted completed) {
        var before = ideasBefore(envelope);
        sql.execute("""
                update event_calendar
                   set status = 'completed', attended = ?, idea_ids = ?::uuid[], updated_at = ?::timestamptz
                 where id = ?""",
            completed.attended(), array(completed.ideaIds()), utc(envelope.occurredAt()), id(envelope));
        ideaPagesChanged(before, completed.ideaIds());
        announce(envelope);
    }

    /** The ideas the event realised before this message, whose pages may name it ({@code RealisedIdeaPanel}). */
    private List<UUID> ideasBefore(Envelope envelope) {
        return sql.fetch("select unnest(idea_ids) from event_calendar where id = ?", id(envelope))
            .map(row -> row.get(0, UUID.class));
    }

    private void ideaPagesChanged(List<UUID> before, List<String> after) {
        var ideas = new HashSet<>(before);
        after.forEach(idea -> ideas.add(UUID.fromString(idea)));
        pages.changed(IDEA_PAGE, ideas);
    }

    private void announce(Envelope envelope) {
        changes.announceAfterCommit(EventChange.of(envelope.municipality(), envelope.aggregateId(), "event"));
    }

    static UUID id(Envelope envelope) {
        return UUID.fromString(envelope.aggregateId());
    }

    static String array(List<String> values) {
        return "{" + String.join(",", values.stream().map(value -> "\"" + value.replace("\\", "\\\\")
            .replace("\"", "\\\"") + "\"").toList()) + "}";
    }

    private static UUID uuidOrNull(String id) {
        return id == null || id.isBlank() ? null : UUID.fromString(id);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
