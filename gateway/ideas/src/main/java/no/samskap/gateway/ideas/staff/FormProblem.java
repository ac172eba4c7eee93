package no.samskap.gateway.ideas.staff;

import no.samskap.gateway.shell.staff.InboxRefusal;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.platform.json.TextsThatCannotBeKept;

import java.util.Map;
import java.util.Optional;

/**
 * The proposals service refused one of the inbox's forms: which form (action and idea or comment), the service's
 * message per field, the kind of problem when the refusal names no field of the form, and what the person had
 * entered. The page says each in its own words, by field and by kind: the service's messages are English and for
 * developers, so they never reach the page.
 */
record FormProblem(StaffAction action, String itemId, Map<String, String> fieldMessages, Optional<String> formProblem,
                   Map<String, String> entered) implements InboxRefusal {

    /** The kind of a refusal that names fields the form does not have. */
    static final String OTHER_FIELDS = "other-fields";

    @Override
    public String summary(Texts texts) {
        return InboxForms.errorSummary(texts, this);
    }

    boolean isAbout(StaffAction action, String itemId) {
        return this.action == action && this.itemId.equals(itemId);
    }

    Optional<String> messageFor(String field) {
        return Optional.ofNullable(fieldMessages.get(field));
    }

    /** What the refusal says about the form as a whole, safe HTML in the page's language. */
    Optional<String> formMessage(Texts texts) {
        return formProblem.map(kind -> texts.has("problem." + kind) ? texts.text("problem." + kind)
            : texts.text(OTHER_FIELDS.equals(kind) ? "form.error.other" : "problem.refused"));
    }

    /** The rule of {@code field} in the page's language (safe HTML); a text it cannot keep says so. */
    static String inPageWords(String field, String message, Texts texts) {
        if (TextsThatCannotBeKept.isTheRefusal(message)) {
            return texts.text("form.error.unkeepable");
        }
        return texts.has("staff.error." + field) ? texts.text("staff.error." + field) : texts.text("form.error.other");
    }

    String entered(String field) {
        return entered.getOrDefault(field, "");
    }
}
