package no.samskap.gateway.ideas.pages;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.gateway.shell.writes.WriteOutcome;
import no.samskap.platform.json.TextsThatCannotBeKept;
import no.samskap.platform.problem.Problem;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Why a write from a form did not go through: the service's problem (the fields it names, and its kind), or that the
 * service could not be asked. Shown in the page's own words only:
 * the service's {@code detail} and messages are English and for developers, so they never reach a page.
 */
record Refusal(int status, String kind, String detail, List<Problem.InvalidField> errors) {

    static Refusal of(WriteOutcome outcome, JsonMapper json) {
        switch (outcome.kind()) {
            case NOT_SIGNED_IN:
                return new Refusal(401, "unauthorized", "", List.of());
            case SERVICE_DOWN:
                return new Refusal(503, "service-unavailable", "", List.of());
            case MAY_HAVE_BEEN_SAVED:
                return new Refusal(503, "may-have-been-saved", "", List.of());
            default:
                var answer = outcome.answer().orElseThrow();
                var problem = read(answer.body(), json);
                return new Refusal(answer.status(),
                    problem.map(Problem::type).map(type -> type.substring(type.lastIndexOf('/') + 1)).orElse("refused"),
                    problem.map(Problem::detail).orElse(""),
                    problem.map(Problem::errors).orElse(List.of()));
        }
    }

    /**
     * The message for one of the form's fields, or null when the refusal names none of {@code fields}. It is the
     * page's own text for the field (the service's rule in the page's language), never the service's English; a
     * field the service names with an index or a part ({@code targetGroups[0]}) counts as the field.
     */
    String messageFor(String field, Texts texts) {
        return errors.stream().filter(error -> field.equals(baseOf(error.field()))).findFirst()
            .map(error -> inPageWords(field, error, texts))
            .orElse(null);
    }

    private static String inPageWords(String field, Problem.InvalidField error, Texts texts) {
        if (TextsThatCannotBeKept.isTheRefusal(error.message())) {
            return texts.text("form.error.unkeepable");
        }
        return texts.has("form.error." + field) ? texts.text("form.error." + field) : texts.text("form.error.other");
    }

    /**
     * What the refusal says beyond the fields it names, such as "already answered" or "service down", in the page's
     * words: by the problem's kind, else that something sent was not accepted, else that the change was not made.
     */
    String general(Texts texts, List<String> fields) {
        if (errors.stream().anyMatch(error -> fields.contains(baseOf(error.field())))) {
            return null;
        }
        if (texts.has("problem." + kind)) {
            return texts.text("problem." + kind);
        }
        if (errors.isEmpty()) {
            return texts.text("problem.refused");
        }
        var first = errors.get(0);
        return inPageWords(baseOf(first.field()), first, texts);
    }

    private static String baseOf(String field) {
        return field == null ? "" : field.split("[.\\[]", 2)[0];
    }

    private static Optional<Problem> read(byte[] body, JsonMapper json) {
        try {
            return Optional.ofNullable(json.readValue(body, Argument.of(Problem.class)));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
