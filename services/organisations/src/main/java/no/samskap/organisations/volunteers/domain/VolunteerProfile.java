package no.samskap.organisations.volunteers.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.contract.organisations.VolunteerCodes;
import no.samskap.organisations.associations.domain.Refusal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a person offers as a volunteer in their municipality. Belonging to associations is membership, kept apart;
 * only a volunteer who agreed to be contacted is found by staff and association admins.
 */
public record VolunteerProfile(String personId, MunicipalityNumber municipality, Details details,
                               Instant registeredAt, Instant updatedAt) {

    static final int NOTE_LENGTH = 300;
    static final int MOST_LANGUAGES = 12;

    /** The profile as the volunteer gives it, each field checked against the contract's codes. */
    public record Details(List<String> skills, List<String> availability, String availabilityNote,
                          List<String> languages, boolean contactConsent, String ageBand) {

        public Details {
            skills = Codes.known("skills", skills, VolunteerCodes.SKILLS);
            availability = Codes.known("availability", availability, VolunteerCodes.AVAILABILITY);
            languages = Codes.languages("languages", languages, MOST_LANGUAGES);
            availabilityNote = availabilityNote == null ? "" : availabilityNote.strip();
            if (availabilityNote.length() > NOTE_LENGTH) {
                throw Refusal.invalid("availabilityNote", "must be at most " + NOTE_LENGTH + " characters");
            }
            if (ageBand == null || !VolunteerCodes.AGE_BANDS.contains(ageBand)) {
                throw Refusal.invalid("ageBand", "must be one of " + String.join(", ", VolunteerCodes.AGE_BANDS));
            }
        }
    }

    /** Creates the profile, or replaces the one the person has, and says which it was. */
    public static VolunteerEvent put(Optional<VolunteerProfile> existing, String personId,
                                     MunicipalityNumber municipality, Details details, Instant now) {
        return existing
            .<VolunteerEvent>map(before -> new VolunteerEvent.Updated(
                new VolunteerProfile(personId, municipality, details, before.registeredAt(), now), now))
            .orElseGet(() -> new VolunteerEvent.Registered(
                new VolunteerProfile(personId, municipality, details, now, now), now));
    }

    public VolunteerEvent.Withdrawn withdraw(Instant now) {
        return new VolunteerEvent.Withdrawn(this, now);
    }

    /** Under 18: a politiattest for them is recorded only with a guardian's consent. */
    public boolean isMinor() {
        return VolunteerCodes.MINOR_AGE_BANDS.contains(details.ageBand());
    }
}
