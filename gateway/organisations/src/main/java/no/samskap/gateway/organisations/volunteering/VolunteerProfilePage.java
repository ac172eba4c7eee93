package no.samskap.gateway.organisations.volunteering;

import no.samskap.contract.organisations.VolunteerCodes;
import no.samskap.gateway.organisations.pages.FormOption;
import no.samskap.gateway.shell.web.FormMessages;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Optional;

/**
 * The volunteer profile page ({@code volunteering/profile.jte}): the profile the service keeps, or what was sent
 * and refused, in the form's fields; {@code exists} whether the person has a profile yet.
 */
public record VolunteerProfilePage(TemplateTexts t, String csrf, String action, boolean exists, boolean saved,
                                   FormMessages messages, List<FormOption> skills, List<FormOption> availability,
                                   String availabilityNote, String languages, boolean contactConsent,
                                   List<FormOption> ageBands) {

    static VolunteerProfilePage of(Texts texts, VolunteerProfileForm.Profile profile, boolean exists, boolean saved,
                                   Optional<ServiceRefusal> refusal, String csrf) {
        return new VolunteerProfilePage(new TemplateTexts(texts), csrf, VolunteerProfileForm.PATH, exists, saved,
            ServiceRefusal.formMessages(texts, refusal, VolunteerProfileForm.FIELDS),
            Choices.of(texts, VolunteerCodes.SKILLS, "vol.skill", profile.skillsOrNone()),
            Choices.of(texts, VolunteerCodes.AVAILABILITY, "vol.availability", profile.availabilityOrNone()),
            orEmpty(profile.availabilityNote()),
            String.join(", ", profile.languages() == null ? List.of() : profile.languages()),
            Boolean.TRUE.equals(profile.contactConsent()),
            Choices.of(texts, VolunteerCodes.AGE_BANDS, "vol.ageBand", List.of(orEmpty(profile.ageBand()))));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
