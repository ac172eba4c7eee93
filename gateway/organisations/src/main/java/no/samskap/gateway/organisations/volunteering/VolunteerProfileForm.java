package no.samskap.gateway.organisations.volunteering;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.contract.organisations.VolunteerCodes;
import no.samskap.gateway.organisations.pages.FormParts;
import no.samskap.gateway.shell.web.Texts;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The volunteer profile as a form: skills, when one is free, languages, consent to be contacted and age band. It
 * is the service's body and view alike, so what the service keeps comes back into the same fields.
 */
final class VolunteerProfileForm {

    static final String PATH = "/meg/frivillig";
    static final List<String> FIELDS = List.of("skills", "availability", "availabilityNote", "languages",
        "contactConsent", "ageBand");

    private static final FormParts.Field NOTE = new FormParts.Field("availabilityNote", "vol.profile.note",
        "vol.profile.note.hint", "maxlength=\"300\"");
    private static final FormParts.Field LANGUAGES = new FormParts.Field("languages", "vol.profile.languages",
        "vol.profile.languages.hint", "autocomplete=\"off\"");

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

    static String render(Texts texts, Profile profile, boolean exists, boolean saved, Optional<ServiceRefusal> refusal,
                         String csrf) {
        var messages = refusal.map(r -> r.messages(texts, FIELDS)).orElse(Map.of());
        var general = refusal.flatMap(r -> r.general(texts, FIELDS));
        var consentError = Optional.ofNullable(messages.get("contactConsent"));
        return """
            <h1 class="ds-heading">%s</h1>
            %s<p>%s</p>
            %s<form method="post" action="%s" id="volunteer-profile-form" novalidate>
              %s
              %s
              %s
              %s
              %s
              <div class="ds-field">
                <input class="ds-input" type="checkbox" id="contactConsent" name="contactConsent" value="yes"%s aria-describedby="contactConsent-hint%s">
                <label class="ds-label" for="contactConsent">%s</label>
                <div data-field="description" id="contactConsent-hint">%s</div>%s
              </div>
              %s
              %s
            </form>
            <p><a class="ds-link" href="/meg">%s</a></p>
            """.formatted(texts.text("vol.profile.title"),
            saved ? "<p class=\"ds-alert\" data-color=\"success\" role=\"status\" id=\"profile-saved\">"
                + texts.text("vol.profile.saved") + "</p>\n" : "",
            texts.text(exists ? "vol.profile.intro.existing" : "vol.profile.intro.new"),
            FormParts.errorSummary(texts, messages, general), PATH, FormParts.csrf(csrf),
            Choices.checkboxes(texts, "skills", "vol.profile.skills", VolunteerCodes.SKILLS, "vol.skill",
                profile.skillsOrNone(), Optional.ofNullable(messages.get("skills"))),
            Choices.checkboxes(texts, "availability", "vol.profile.availability", VolunteerCodes.AVAILABILITY,
                "vol.availability", profile.availabilityOrNone(), Optional.ofNullable(messages.get("availability"))),
            FormParts.textarea(texts, NOTE, orEmpty(profile.availabilityNote()),
                Optional.ofNullable(messages.get("availabilityNote"))),
            FormParts.input(texts, LANGUAGES, String.join(", ", profile.languages() == null ? List.of()
                : profile.languages()), Optional.ofNullable(messages.get("languages"))),
            Boolean.TRUE.equals(profile.contactConsent()) ? " checked" : "",
            consentError.isPresent() ? " contactConsent-error" : "", texts.text("vol.profile.consent"),
            texts.text("vol.profile.consent.hint"), consentError.map(message ->
                "\n    <p class=\"ds-validation-message\" data-field=\"validation\" id=\"contactConsent-error\">" + message
                    + "</p>").orElse(""),
            Choices.radios(texts, "ageBand", "vol.profile.ageBand", VolunteerCodes.AGE_BANDS, "vol.ageBand",
                orEmpty(profile.ageBand()), Optional.ofNullable(messages.get("ageBand"))),
            FormParts.button(texts.text("vol.profile.save"), "primary"), texts.text("vol.profile.back"));
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
