package no.samskap.gateway.feedback.readmodel;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.feedback.FeedbackAnswered;
import no.samskap.contract.feedback.FeedbackEdited;
import no.samskap.contract.feedback.FeedbackGiven;
import no.samskap.contract.feedback.FeedbackHidden;
import no.samskap.contract.feedback.FeedbackMessages;
import no.samskap.contract.feedback.FeedbackResponseDateChanged;
import no.samskap.contract.feedback.FeedbackRestored;
import no.samskap.contract.feedback.FeedbackTurnedIntoIdea;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static no.samskap.gateway.feedback.readmodel.Columns.id;
import static no.samskap.gateway.feedback.readmodel.Columns.utc;

/** Keeps {@code feedback_board} as the feedback service's messages describe each piece; none names the author. */
@Singleton
class FeedbackProjection implements MessageHandler {

    private final DSLContext sql;
    private final HandlersByType handlers;
    private final EventPanelChanges panels;

    FeedbackProjection(DSLContext sql, EventPanelChanges panels) {
        this.sql = sql;
        this.panels = panels;
        this.handlers = HandlersByType.of(FeedbackMessages.FEEDBACK)
            .on(FeedbackMessages.FEEDBACK_GIVEN, this::given)
            .on(FeedbackMessages.FEEDBACK_EDITED, this::edited)
            .on(FeedbackMessages.FEEDBACK_WITHDRAWN, (envelope, withdrawn) ->
                sql.execute("delete from feedback_board where id = ?", id(envelope)))
            .on(FeedbackMessages.FEEDBACK_ANSWERED, this::answered)
            .on(FeedbackMessages.FEEDBACK_RESPONSE_DATE_CHANGED, this::responseDateChanged)
            .on(FeedbackMessages.FEEDBACK_HIDDEN, this::hidden)
            .on(FeedbackMessages.FEEDBACK_RESTORED, this::restored)
            .on(FeedbackMessages.FEEDBACK_TURNED_INTO_IDEA, this::turnedIntoIdea)
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from feedback_board");
        panels.everyPageChanged();
    }

    /** Then the pages that show the piece: its event's, before and after (a withdrawn piece is gone after). */
    @Override
    public void handle(Envelope envelope) {
        var events = new HashSet<>(eventOf(envelope));
        handlers.dispatch(envelope);
        events.addAll(eventOf(envelope));
        panels.changed(events, List.of());
    }

    private List<UUID> eventOf(Envelope envelope) {
        return sql.fetch("select event_id from feedback_board where id = ? and event_id is not null", id(envelope))
            .map(row -> row.get(0, UUID.class));
    }

    private void given(Envelope envelope, FeedbackGiven given) {
        sql.execute("""
                insert into feedback_board (id, municipality, event_id, unit, rating, text, wish_next, anonymous,
                                            respond_by, given_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz, 'visible')
                on conflict (id) do nothing""",
            id(envelope), given.municipality(), Columns.uuidOrNull(given.eventId()),
            given.eventId() == null ? given.unit() : null, given.rating(), given.text(), given.wishNext(),
            given.anonymous(), given.respondBy(), utc(given.givenAt()));
    }

    private void edited(Envelope envelope, FeedbackEdited edited) {
        sql.execute("update feedback_board set rating = ?, text = ?, wish_next = ?, edited_at = ?::timestamptz"
                + " where id = ?", edited.rating(), edited.text(), edited.wishNext(), utc(edited.editedAt()),
            id(envelope));
    }

    private void answered(Envelope envelope, FeedbackAnswered answered) {
        sql.execute("""
                update feedback_board
                   set answered_at = ?::timestamptz, answer_public = ?, answer_text = ?, answered_on_time = ?
                 where id = ?""",
            utc(answered.answeredAt()), answered.publicAnswer(), answered.publicAnswer() ? answered.text() : null,
            answered.onTime(), id(envelope));
    }

    private void responseDateChanged(Envelope envelope, FeedbackResponseDateChanged changed) {
        sql.execute("update feedback_board set respond_by = ? where id = ?", changed.respondBy(), id(envelope));
    }

    private void hidden(Envelope envelope, FeedbackHidden hidden) {
        sql.execute("update feedback_board set status = 'hidden', hidden_reason = ? where id = ?", hidden.reason(),
            id(envelope));
    }

    private void restored(Envelope envelope, FeedbackRestored restored) {
        sql.execute("update feedback_board set status = 'visible', hidden_reason = null where id = ?", id(envelope));
    }

    private void turnedIntoIdea(Envelope envelope, FeedbackTurnedIntoIdea turned) {
        sql.execute("update feedback_board set idea_id = ?, idea_title = ? where id = ?",
            Columns.uuidOrNull(turned.ideaId()), turned.title(), id(envelope));
    }
}
