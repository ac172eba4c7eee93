package no.samskap.organisations.volunteers.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.contract.organisations.VolunteerCodes;
import no.samskap.organisations.associations.domain.Refusal;

/** Volunteers of a municipality who agreed to be contacted, with a skill and an availability when given. */
public record VolunteerSearch(MunicipalityNumber municipality, String skill, String availability) {

    public VolunteerSearch {
        skill = blankToNull(skill);
        availability = blankToNull(availability);
        if (skill != null && !VolunteerCodes.SKILLS.contains(skill)) {
            throw Refusal.invalid("skill", "must be one of " + String.join(", ", VolunteerCodes.SKILLS));
        }
        if (availability != null && !VolunteerCodes.AVAILABILITY.contains(availability)) {
            throw Refusal.invalid("availability", "must be one of " + String.join(", ", VolunteerCodes.AVAILABILITY));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
