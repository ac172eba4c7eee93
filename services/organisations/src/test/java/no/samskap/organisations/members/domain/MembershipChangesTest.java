package no.samskap.organisations.members.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.contract.OrganisationNumber;
import no.samskap.organisations.associations.domain.Association;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.Contact;
import no.samskap.organisations.associations.domain.MemberRole;
import no.samskap.organisations.associations.domain.Membership;
import no.samskap.organisations.associations.domain.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MembershipChangesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private final Association association = Association.register(AssociationId.random(),
        new MunicipalityNumber("1833"), OrganisationNumber.parse("974760673").orElseThrow(),
        new Association.Description("Rana Sangkor", "kor", "", new Contact(null, null, null), null), "kari", NOW)
        .association();

    @Test
    void theLastAdminCannotLeave() {
        var refusal = assertThrows(Refusal.class, () -> MembershipChanges.remove(association, admin("kari"), 1, "kari",
            NOW));

        assertEquals(Refusal.Kind.CONFLICT, refusal.kind());
        assertNull(refusal.field());
        assertTrue(refusal.getMessage().contains("cannot leave"));
    }

    @Test
    void theLastAdminCannotBeRemovedByAnyoneElse() {
        var refusal = assertThrows(Refusal.class, () -> MembershipChanges.remove(association, admin("kari"), 1, "ola",
            NOW));

        assertTrue(refusal.getMessage().contains("cannot be removed"));
    }

    @Test
    void theLastAdminCannotBeMadeAMemberAndTheRoleIsTheFieldAtFault() {
        var refusal = assertThrows(Refusal.class, () -> MembershipChanges.changeRole(association, admin("kari"),
            MemberRole.MEMBER, 1, "kari", NOW));

        assertEquals(Refusal.Kind.CONFLICT, refusal.kind());
        assertEquals("role", refusal.field());
    }

    @Test
    void oneOfTwoAdminsMayLeaveOrBeMadeAMember() {
        assertEquals("kari", MembershipChanges.remove(association, admin("kari"), 2, "kari", NOW).memberId());
        assertEquals(MemberRole.MEMBER, MembershipChanges.changeRole(association, admin("kari"), MemberRole.MEMBER, 2,
            "ola", NOW).orElseThrow().role());
    }

    @Test
    void aMemberMayLeaveWhateverTheNumberOfAdmins() {
        var removed = MembershipChanges.remove(association, member("per"), 1, "per", NOW);

        assertEquals("per", removed.removedBy());
    }

    @Test
    void theRoleAMemberAlreadyHasChangesNothing() {
        assertTrue(MembershipChanges.changeRole(association, admin("kari"), MemberRole.ADMIN, 1, "kari", NOW)
            .isEmpty());
    }

    @Test
    void aRoleIsAdminOrMemberAndAnythingElseIsRefusedNamingTheRole() {
        assertEquals(MemberRole.ADMIN, MembershipChanges.roleFrom("admin"));
        assertEquals("role", assertThrows(Refusal.class, () -> MembershipChanges.roleFrom("leder")).field());
        assertEquals("role", assertThrows(Refusal.class, () -> MembershipChanges.roleFrom(null)).field());
    }

    private Membership admin(String person) {
        return new Membership(association.id(), person, MemberRole.ADMIN, "kari", NOW);
    }

    private Membership member(String person) {
        return new Membership(association.id(), person, MemberRole.MEMBER, "kari", NOW);
    }
}
