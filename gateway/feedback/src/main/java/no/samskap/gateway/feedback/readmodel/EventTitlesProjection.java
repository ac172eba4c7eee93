package no.samskap.gateway.feedback.readmodel;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.events.EventFacts;
import no.samskap.contract.events.EventsMessages;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.util.List;

import static no.samskap.gateway.feedback.readmodel.Columns.id;
import static no.samskap.gateway.feedback.readmodel.Columns.utc;

/** Published events' titles and the ideas they realise, so feedback names its event and an idea its events. */
@Singleton
class EventTitlesProjection implements MessageHandler {

    private final DSLContext sql;
    private final HandlersByType handlers;
    private final EventPanelChanges panels;

    EventTitlesProjection(DSLContext sql, EventPanelChanges panels) {
        this.sql = sql;
        this.panels = panels;
        this.handlers = HandlersByType.of(EventsMessages.EVENT)
            .on(EventsMessages.EVENT_PUBLISHED, (envelope, published) -> facts(envelope, published.facts()))
            .on(EventsMessages.EVENT_UPDATED, (envelope, updated) -> facts(envelope, updated.facts()))
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from feedback_event");
        panels.everyPageChanged();
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    /** The event's title shows on its feedback, on its page and on the pages of the ideas it realises, then or now. */
    private void facts(Envelope envelope, EventFacts facts) {
        var ideasBefore = panels.ideasOf(List.of(id(envelope)));
        sql.execute("""
                insert into feedback_event (id, municipality, title, hosting_unit, idea_ids, starts_at)
                values (?, ?, ?, ?, ?::uuid[], ?::timestamptz)
                on conflict (id) do update
                   set title = excluded.title, hosting_unit = excluded.hosting_unit, idea_ids = excluded.idea_ids,
                       starts_at = excluded.starts_at""",
            id(envelope), envelope.municipality(), facts.title(), facts.hostingUnit(),
            Columns.uuidArray(facts.ideaIds()), utc(facts.startsAt()));
        panels.changed(List.of(id(envelope)), ideasBefore);
    }
}
