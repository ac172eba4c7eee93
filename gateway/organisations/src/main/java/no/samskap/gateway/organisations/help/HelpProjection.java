package no.samskap.gateway.organisations.help;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.organisations.HelpOffered;
import no.samskap.contract.organisations.HelpRequestTaken;
import no.samskap.contract.organisations.HelpRequested;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.gateway.shell.web.PageChanges;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the offers of help and the requests for help in step with the organisations service's help topic: what the
 * idea page, the association's offers, the staff inbox and a volunteer's list of open tasks show without asking it.
 */
@Singleton
class HelpProjection implements MessageHandler {

    private static final String IDEA_PAGE = "idea";

    private final DSLContext sql;
    private final HandlersByType handlers;
    private final PageChanges pages;

    HelpProjection(DSLContext sql, PageChanges pages) {
        this.sql = sql;
        this.pages = pages;
        this.handlers = HandlersByType.of(OrganisationsMessages.HELP)
            .on(OrganisationsMessages.HELP_OFFERED, this::offered)
            .on(OrganisationsMessages.HELP_ACCEPTED, (envelope, accepted) ->
                decided(accepted.offerId(), "accepted", accepted.acceptedAt()))
            .on(OrganisationsMessages.HELP_DECLINED, (envelope, declined) ->
                decided(declined.offerId(), "declined", declined.declinedAt()))
            .on(OrganisationsMessages.HELP_REQUESTED, this::requested)
            .on(OrganisationsMessages.HELP_REQUEST_TAKEN, this::taken)
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from help_offer");
        sql.execute("delete from help_request");
        pages.everyPageChanged(IDEA_PAGE);
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    private void offered(Envelope envelope, HelpOffered offered) {
        sql.execute("""
                insert into help_offer (id, municipality, idea_id, association_id, offered_by, kind, hours, skills,
                                        description, offered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz)
                on conflict (id) do nothing""",
            UUID.fromString(offered.offerId()), envelope.municipality(), UUID.fromString(offered.ideaId()),
            uuidOrNull(offered.associationId()), offered.offeredBy(), offered.kind(), offered.hours(),
            codes(offered.skills()), offered.description() == null ? "" : offered.description(),
            utc(offered.offeredAt()));
        pages.changed(IDEA_PAGE, UUID.fromString(offered.ideaId()));
    }

    /** The idea's page lists the offers staff accepted ({@code HelpOffersPanel}). */
    private void decided(String offer, String status, Instant at) {
        pages.changed(IDEA_PAGE, sql.fetch("update help_offer set status = ?, decided_at = ?::timestamptz where id = ?"
            + " returning idea_id", status, utc(at), UUID.fromString(offer)).map(row -> row.get(0, UUID.class)));
    }

    private void requested(Envelope envelope, HelpRequested requested) {
        sql.execute("""
                insert into help_request (id, municipality, association_id, idea_id, skills, starts_at, ends_at,
                                          requested_at)
                values (?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz, ?::timestamptz)
                on conflict (id) do nothing""",
            UUID.fromString(requested.requestId()), envelope.municipality(), uuidOrNull(requested.associationId()),
            uuidOrNull(requested.ideaId()), codes(requested.skills()), utc(requested.startsAt()),
            utc(requested.endsAt()), utc(requested.requestedAt()));
    }

    private void taken(Envelope envelope, HelpRequestTaken taken) {
        sql.execute("update help_request set taken_by = ?, taken_at = ?::timestamptz where id = ?",
            taken.volunteerId(), utc(taken.takenAt()), UUID.fromString(taken.requestId()));
    }

    private static String[] codes(List<String> codes) {
        return codes == null ? new String[0] : codes.toArray(String[]::new);
    }

    private static UUID uuidOrNull(String id) {
        return id == null || id.isBlank() ? null : UUID.fromString(id);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
