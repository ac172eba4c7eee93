package no.samskap.organisations.members.domain;

import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.MemberRole;
import no.samskap.organisations.associations.domain.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InvitationTest {

    private static final Instant INVITED = Instant.parse("2026-12-06T10:00:00Z");
    private static final Instant LATER = INVITED.plusSeconds(3600);
    private final Invitation invitation = Invitation.issue(AssociationId.random(), "nora", MemberRole.ADMIN, "kari",
        INVITED);

    @Test
    void theInviteeAcceptsAndBecomesAMemberInTheInvitedRoleAddedByTheAdminWhoInvited() {
        var acceptance = invitation.accept("nora", LATER);

        assertEquals(Invitation.Answer.ACCEPTED, acceptance.invitation().answer());
        assertFalse(acceptance.invitation().isOpen());
        assertEquals("nora", acceptance.membership().personId());
        assertEquals(MemberRole.ADMIN, acceptance.membership().role());
        assertEquals("kari", acceptance.membership().addedBy());
        assertEquals(LATER, acceptance.membership().addedAt());
    }

    @Test
    void nobodyElseAnswersAnInvitationAndTheyAreToldThereIsNone() {
        assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class, () -> invitation.accept("kari", LATER))
            .kind());
        assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class, () -> invitation.refuse("ola", LATER))
            .kind());
    }

    @Test
    void anAnsweredInvitationCannotBeAnsweredAgain() {
        var refused = invitation.refuse("nora", LATER);

        assertEquals(Invitation.Answer.REFUSED, refused.answer());
        assertEquals(Refusal.Kind.CONFLICT, assertThrows(Refusal.class, () -> refused.accept("nora", LATER)).kind());
    }

    @Test
    void anOpenInvitationIsWithdrawnOnceAndThenCannotBeAnswered() {
        var withdrawn = invitation.withdraw(LATER);

        assertEquals(Invitation.Answer.WITHDRAWN, withdrawn.answer());
        assertEquals(LATER, withdrawn.answeredAt());
        assertEquals(Refusal.Kind.CONFLICT, assertThrows(Refusal.class, () -> withdrawn.withdraw(LATER)).kind());
        assertEquals(Refusal.Kind.CONFLICT, assertThrows(Refusal.class, () -> withdrawn.accept("nora", LATER)).kind());
    }

    @Test
    void anAnsweredInvitationCannotBeWithdrawn() {
        var accepted = invitation.accept("nora", LATER).invitation();

        assertEquals(Refusal.Kind.CONFLICT, assertThrows(Refusal.class, () -> accepted.withdraw(LATER)).kind());
    }

    @Test
    void everyAnswerReadsBackFromItsCode() {
        for (var answer : Invitation.Answer.values()) {
            assertEquals(answer, Invitation.Answer.fromCode(answer.code()));
        }
    }
}
