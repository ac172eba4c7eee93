package no.samskap.gateway.organisations.pages;

import no.samskap.gateway.organisations.commands.AssociationWrites;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.gateway.shell.writes.WriteOutcome;
import no.samskap.platform.problem.Problem;

import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * Why a form's write did not go through: the fields the service named, or the kind of problem it answered with, or
 * that it could not be asked. Shown in the module's own words where it has them ({@code org.error.<field>.<status>},
 * then {@code org.error.<field>}, {@code org.problem.<kind>}), else in the service's.
 */
public record Refusal(int status, String kind, String detail, List<Problem.InvalidField> errors) {

    public static Refusal of(WriteOutcome outcome, AssociationWrites writes) {
        return switch (outcome.kind()) {
            case NOT_SIGNED_IN -> new Refusal(401, "unauthorized", "", List.of());
            case SERVICE_DOWN -> new Refusal(503, "service-unavailable", "", List.of());
            case MAY_HAVE_BEEN_SAVED -> new Refusal(503, "may-have-been-saved", "", List.of());
            case ANSWERED -> {
                var answer = outcome.answer().orElseThrow();
                var problem = writes.read(answer.body(), Problem.class);
                yield new Refusal(answer.status(),
                    problem.map(Problem::type).filter(type -> type != null)
                        .map(type -> type.substring(type.lastIndexOf('/') + 1)).orElse("refused"),
                    problem.map(Problem::detail).filter(detail -> detail != null).orElse(""),
                    problem.map(Problem::errors).filter(errors -> errors != null).orElse(List.of()));
            }
        };
    }

    /** The gateway's own refusal of a field before anything is sent, in the module's words for it. */
    public static Refusal ofField(String field) {
        return new Refusal(422, "invalid", "", List.of(new Problem.InvalidField(field, "")));
    }

    /** The message for {@code field}, or empty when the refusal does not name it. */
    public Optional<String> messageFor(String field, Texts texts) {
        return errors.stream().filter(error -> field.equals(error.field())).findFirst().map(error -> {
            var specific = "org.error." + field + "." + status;
            if (texts.has(specific)) {
                return texts.text(specific);
            }
            if (texts.has("org.error." + field)) {
                return texts.text("org.error." + field);
            }
            return escape(error.message() == null ? "" : error.message());
        });
    }

    /** The key of the module's words for the kind of refusal, for a form whose page shows a text by its key. */
    public String problemKey(Texts texts) {
        var key = "org.problem." + kind;
        return texts.has(key) ? key : "org.problem.refused";
    }

    /** What the refusal says beyond the fields of the form, such as "the service is down"; empty if it names one. */
    public Optional<String> general(Texts texts, List<String> fields) {
        if (errors.stream().anyMatch(error -> fields.contains(error.field()))) {
            return Optional.empty();
        }
        if (texts.has("org.problem." + kind)) {
            return Optional.of(texts.text("org.problem." + kind));
        }
        return Optional.of(detail.isBlank() ? texts.text("org.problem.refused") : escape(detail));
    }
}
