package no.samskap.gateway.organisations.volunteering;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.List;

/**
 * The volunteer profile as a form: skills, when one is free, languages, consent to be contacted and age band. It
 * is the service's body and view alike, so what the service keeps comes back into the same fields.
 */
final class VolunteerProfileForm {

    static final String PATH = "/meg/frivillig";
    static final List<String> FIELDS = List.of("skills", "availability", "availabilityNote", "languages",
        "contactConsent", "ageBand");

    /** The service's shape of a profile, both ways. */
    @Serdeable
    record Profile(@Nullable List<String> skills, @Nullable List<String> availability,
                   @Nullable String availabilityNote, @Nullable List<String> languages,
                   @Nullable Boolean contactConsent, @Nullable String ageBand) {

        static final Profile EMPTY = new Profile(List.of(), List.of(), "", List.of(), false, "");

        static Profile of(FormFields form) {
            var languages = Arrays.stream(form.one("languages").split("[,\\s]+")).map(String::strip)
                .filter(code -> !code.isEmpty()).map(code -> code.toLowerCase(java.util.Locale.ROOT)).toList();
            return new Profile(form.all("skills"), form.all("availability"), form.one("availabilityNote"), languages,
                !form.one("contactConsent").isEmpty(), form.one("ageBand"));
        }

        List<String> skillsOrNone() {
            return skills == null ? List.of() : skills;
        }

        List<String> availabilityOrNone() {
            return availability == null ? List.of() : availability;
        }
    }

    private VolunteerProfileForm() {
    }
}
