package no.samskap.gateway.organisations.pages;

import no.samskap.contract.organisations.AssociationTypes;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.shell.assets.Assets;
import no.samskap.gateway.shell.web.Html;
import no.samskap.gateway.shell.web.Texts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The register form: on a refusal it comes back with what was typed, an error summary at the top linking to each
 * field, and each field's message beside it. The organisation number is checked as it is typed by a script.
 */
final class RegisterView {

    static final String PATH = "/foreninger/ny";

    private RegisterView() {
    }

    static String render(Texts texts, RegisterForm form, Optional<Refusal> refusal, String csrf,
                         List<DirectoryEntry> parents) {
        var messages = new LinkedHashMap<String, String>();
        refusal.ifPresent(refused -> RegisterForm.FIELDS.forEach(field -> refused.messageFor(field.name(), texts)
            .ifPresent(message -> messages.put(field.name(), message))));
        var general = refusal.flatMap(refused -> refused.general(texts, FormParts.names(RegisterForm.FIELDS)));
        var fields = new StringBuilder();
        for (var field : RegisterForm.FIELDS) {
            fields.append(field(texts, field, form, Optional.ofNullable(messages.get(field.name())), parents)
                .indent(2));
        }
        return """
            <h1 class="ds-heading">%s</h1>
            %s<p>%s</p>
            <form method="post" action="%s" class="register-form" novalidate>
              %s
            %s  %s
            </form>
            %s""".formatted(texts.text("org.register.heading"), FormParts.errorSummary(texts, messages, general),
            texts.text("org.register.intro"), PATH, FormParts.csrf(csrf), fields,
            FormParts.button(texts.text("org.register.submit"), "primary"),
            Assets.bundled().scriptTag("organisation-number.js"));
    }

    private static String field(Texts texts, FormParts.Field field, RegisterForm form, Optional<String> error,
                                List<DirectoryEntry> parents) {
        var typed = form.typed(field.name());
        return switch (field.name()) {
            case "organisationNumber" -> organisationNumber(texts, field, typed, error);
            case "type" -> {
                var choices = new LinkedHashMap<String, String>();
                choices.put("", texts.text("org.field.type.choose"));
                AssociationTypes.CODES.forEach(code -> choices.put(code, texts.word("org.type", code)));
                yield FormParts.select(texts, field, choices, typed, error);
            }
            case "description" -> FormParts.textarea(texts, field, typed, error);
            case "parentAssociationId" -> {
                var choices = new LinkedHashMap<String, String>();
                choices.put("", texts.text("org.field.parentAssociationId.none"));
                parents.forEach(parent -> choices.put(parent.id().toString(),
                    Html.escape(parent.name())));
                yield FormParts.select(texts, field, choices, typed, error);
            }
            default -> FormParts.input(texts, field, typed, error);
        };
    }

    /**
     * The script says whether the check digit holds in a live region; its words come from the page's texts, so it
     * speaks the page's language.
     */
    private static String organisationNumber(Texts texts, FormParts.Field field, String typed, Optional<String> error) {
        var withScriptTexts = new FormParts.Field(field.name(), field.labelKey(), field.hintKey(), field.attributes()
            + " data-invalid-message=\"" + texts.text("org.error.organisationNumber") + "\" data-valid-message=\""
            + texts.text("org.field.organisationNumber.valid") + "\"");
        return FormParts.input(texts, withScriptTexts, typed, error)
            .replace("</div>", "  <p id=\"organisationNumber-live\" aria-live=\"polite\"></p>\n</div>");
    }
}
