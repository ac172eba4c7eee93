package no.samskap.gateway.ideas.staff;

import no.samskap.gateway.shell.staff.InboxRefusal;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.platform.json.TextsThatCannotBeKept;

import java.util.Map;
import java.util.Optional;

/**
 * The proposals service refused one of the inbox's forms: which form (action and idea or comment), its message per
 * field, a message for the form as a whole when the refusal names no field, and what the person had entered.
 */
record FormProblem(StaffAction action, String itemId, Map<String, String> fieldMessages, Optional<String> formMessage,
                   Map<String, String> entered) implements InboxRefusal {

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

    /** The service's message as the page shows it: a text it cannot keep in the page's language, else as it came. */
    static String inPageWords(String message, Texts texts) {
        return TextsThatCannotBeKept.isTheRefusal(message) ? texts.text("form.error.unkeepable") : message;
    }

    String entered(String field) {
        return entered.getOrDefault(field, "");
    }
}
