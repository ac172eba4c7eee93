package no.samskap.organisations.members.domain;

import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.MemberRole;
import no.samskap.organisations.associations.domain.Membership;
import no.samskap.organisations.associations.domain.Refusal;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * An admin's invitation to a person to join the association in a role; open until the invitee answers it or one of
 * the association's admins withdraws it.
 */
public record Invitation(UUID id, AssociationId associationId, String inviteeId, MemberRole role, String invitedBy,
                         Instant invitedAt, Answer answer, Instant answeredAt) {

    public enum Answer {
        ACCEPTED("accepted"), REFUSED("refused"), WITHDRAWN("withdrawn");

        private final String code;

        Answer(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Answer fromCode(String code) {
            return code == null ? null : Arrays.stream(values()).filter(answer -> answer.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No answer " + code));
        }
    }

    /** An accepted invitation and the membership it gives. */
    public record Acceptance(Invitation invitation, Membership membership) {
    }

    public static Invitation issue(AssociationId association, String inviteeId, MemberRole role, String invitedBy,
                                   Instant now) {
        return new Invitation(UUID.randomUUID(), association, inviteeId, role, invitedBy, now, null, null);
    }

    public boolean isOpen() {
        return answer == null;
    }

    /** The invitee joins in the invited role; the membership counts as added by the admin who invited them. */
    public Acceptance accept(String personId, Instant now) {
        var accepted = answered(personId, Answer.ACCEPTED, now);
        return new Acceptance(accepted, new Membership(associationId, inviteeId, role, invitedBy, now));
    }

    public Invitation refuse(String personId, Instant now) {
        return answered(personId, Answer.REFUSED, now);
    }

    /** An admin of the association takes back the invitation before the invitee answers it. */
    public Invitation withdraw(Instant now) {
        return closed(Answer.WITHDRAWN, now);
    }

    private Invitation answered(String personId, Answer given, Instant now) {
        if (!inviteeId.equals(personId)) {
            throw Refusal.notFound("no invitation " + id + " to you");
        }
        return closed(given, now);
    }

    private Invitation closed(Answer given, Instant now) {
        if (!isOpen()) {
            throw Refusal.conflict(null, "the invitation was already " + answer.code());
        }
        return new Invitation(id, associationId, inviteeId, role, invitedBy, invitedAt, given, now);
    }
}
