package no.samskap.gateway.organisations.members;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.organisations.MemberAdded;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Who belongs to which association and in which role, by subject id: so "Min side" lists a person's associations and
 * an association's page offers its admins their tools. Read only by signed-in routes, for the person themselves.
 */
@Singleton
class MembershipProjection implements MessageHandler {

    private final DSLContext sql;
    private final HandlersByType handlers;

    MembershipProjection(DSLContext sql) {
        this.sql = sql;
        this.handlers = HandlersByType.of(OrganisationsMessages.ASSOCIATION)
            .on(OrganisationsMessages.MEMBER_ADDED, this::added)
            .on(OrganisationsMessages.MEMBER_ROLE_CHANGED, (envelope, changed) -> sql.execute(
                "update association_member set role = ? where association_id = ? and person_id = ?",
                changed.role(), id(envelope), changed.memberId()))
            .on(OrganisationsMessages.MEMBER_REMOVED, (envelope, removed) -> sql.execute(
                "delete from association_member where association_id = ? and person_id = ?",
                id(envelope), removed.memberId()))
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from association_member");
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    private void added(Envelope envelope, MemberAdded added) {
        sql.execute("""
                insert into association_member (association_id, person_id, role, added_at)
                values (?, ?, ?, ?::timestamptz)
                on conflict (association_id, person_id) do update set role = excluded.role""",
            id(envelope), added.memberId(), added.role(),
            OffsetDateTime.ofInstant(added.addedAt() == null ? envelope.occurredAt() : added.addedAt(), ZoneOffset.UTC));
    }

    private static UUID id(Envelope envelope) {
        return UUID.fromString(envelope.aggregateId());
    }
}
