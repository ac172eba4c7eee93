package no.samskap.gateway.events.organisers;

import io.micronaut.core.type.Argument;
import no.samskap.gateway.shell.web.FormMessages;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.gateway.shell.writes.WriteOutcome;
import no.samskap.platform.problem.Problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * Why an organiser's form did not go through: the fields the events service named, the kind of problem, or that it
 * could not be asked. Shown in the page's language ({@code ev.error.<field>}, {@code ev.problem.<kind>}); the
 * service's own English words only where the module has none, so a rule added later still says something.
 */
public record FormRefusal(int status, String kind, String detail, List<Problem.InvalidField> errors) {

    public static FormRefusal of(WriteOutcome outcome, OrganiserCalls calls) {
        return switch (outcome.kind()) {
            case NOT_SIGNED_IN -> new FormRefusal(401, "unauthorized", "", List.of());
            case SERVICE_DOWN -> new FormRefusal(503, "service-unavailable", "", List.of());
            case MAY_HAVE_BEEN_SAVED -> new FormRefusal(503, "may-have-been-saved", "", List.of());
            case ANSWERED -> {
                var answer = outcome.answer().orElseThrow();
                var problem = calls.read(answer.body(), Argument.of(Problem.class));
                yield new FormRefusal(answer.status(),
                    problem.map(Problem::type).filter(type -> type != null)
                        .map(type -> type.substring(type.lastIndexOf('/') + 1)).orElse("refused"),
                    problem.map(Problem::detail).filter(detail -> detail != null).orElse(""),
                    problem.map(Problem::errors).filter(errors -> errors != null).orElse(List.of()));
            }
        };
    }

    /** The messages for {@code fields}; the general one unless the refusal names one of {@code namedFields}. */
    static FormMessages messages(Texts texts, Optional<FormRefusal> refusal, List<String> fields,
                                 List<String> namedFields) {
        if (refusal.isEmpty()) {
            return FormMessages.NONE;
        }
        var messages = new LinkedHashMap<String, String>();
        fields.forEach(field -> refusal.get().messageFor(field, texts)
            .ifPresent(message -> messages.put(field, message)));
        return FormMessages.of(messages, refusal.get().general(texts, namedFields));
    }

    Optional<String> messageFor(String field, Texts texts) {
        return errors.stream().filter(error -> field.equals(error.field())).findFirst().map(error -> {
            var specific = "evo.error." + field + "." + status;
            if (texts.has(specific)) {
                return texts.text(specific);
            }
            if (texts.has("evo.error." + field)) {
                return texts.text("evo.error." + field);
            }
            return escape(error.message() == null ? "" : error.message());
        });
    }

    /** What the refusal says beyond the form's fields, such as "the service is down"; empty when it names one. */
    Optional<String> general(Texts texts, List<String> fields) {
        if (errors.stream().anyMatch(error -> fields.contains(error.field()))) {
            return Optional.empty();
        }
        var key = "evo.problem." + kind;
        if (texts.has(key)) {
            return Optional.of(texts.text(key));
        }
        return Optional.of(texts.has("evo.problem.status." + status) ? texts.text("evo.problem.status." + status)
            : texts.text("evo.problem.refused"));
    }
}
