package no.samskap.organisations.members.persistence;

import jakarta.inject.Singleton;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.MemberRole;
import no.samskap.organisations.members.domain.Invitation;
import no.samskap.organisations.members.domain.Invitations;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class JooqInvitations implements Invitations {

    private final DSLContext sql;

    JooqInvitations(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public boolean addIfNoneOpen(Invitation invitation) {
        return sql.execute("""
                insert into invitation (id, association_id, invitee_id, role, invited_by, invited_at)
                values (?, ?, ?, ?, ?, ?::timestamptz)
                on conflict (association_id, invitee_id) where answer is null do nothing""",
            invitation.id(), invitation.associationId().value(), invitation.inviteeId(), invitation.role().code(),
            invitation.invitedBy(), utc(invitation.invitedAt())) == 1;
    }

    @Override
    public Optional<Invitation> findForAnswer(UUID id) {
        return sql.fetchOptional("select * from invitation where id = ? for update", id)
            .map(JooqInvitations::toInvitation);
    }

    @Override
    public void answer(Invitation answered) {
        sql.execute("update invitation set answer = ?, answered_at = ?::timestamptz where id = ?",
            answered.answer().code(), utc(answered.answeredAt()), answered.id());
    }

    @Override
    public List<Invitation> openFor(String inviteeId) {
        return sql.fetch("select * from invitation where invitee_id = ? and answer is null order by invited_at",
            inviteeId).map(JooqInvitations::toInvitation);
    }

    @Override
    public List<Invitation> openIn(AssociationId association) {
        return sql.fetch("select * from invitation where association_id = ? and answer is null order by invited_at",
            association.value()).map(JooqInvitations::toInvitation);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Invitation toInvitation(Record row) {
        var answeredAt = row.get("answered_at", OffsetDateTime.class);
        return new Invitation(row.get("id", UUID.class), new AssociationId(row.get("association_id", UUID.class)),
            row.get("invitee_id", String.class), MemberRole.fromCode(row.get("role", String.class)).orElseThrow(),
            row.get("invited_by", String.class), row.get("invited_at", OffsetDateTime.class).toInstant(),
            Invitation.Answer.fromCode(row.get("answer", String.class)),
            answeredAt == null ? null : answeredAt.toInstant());
    }
}
