package no.samskap.organisations.attests.domain;

import no.samskap.contract.organisations.VolunteerCodes;
import no.samskap.organisations.associations.domain.Refusal;

/**
 * A role that needs a politiattest: its kind as a code (responsibility for minors, or for people with intellectual
 * disabilities) and, optionally, the association's own name for it ("Trener for G12").
 */
public record AttestRole(String code, String name) {

    static final int NAME_LENGTH = 100;

    public AttestRole {
        if (code == null || !VolunteerCodes.ATTEST_ROLES.contains(code)) {
            throw Refusal.invalid("role", "must be one of " + String.join(", ", VolunteerCodes.ATTEST_ROLES));
        }
        name = name == null || name.isBlank() ? null : name.strip();
        if (name != null && name.length() > NAME_LENGTH) {
            throw Refusal.invalid("roleName", "must be at most " + NAME_LENGTH + " characters");
        }
    }

    /** Who the role is responsible for, as the confirmation of purpose states it. */
    public String responsibleFor() {
        return code.equals("barn-og-unge") ? "minors" : "people-with-intellectual-disabilities";
    }
}
