package no.samskap.gateway.organisations.volunteering;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import no.samskap.gateway.shell.web.FormMessages;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.gateway.shell.writes.WriteOutcome;
import no.samskap.platform.problem.Problem;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * Why a form of volunteering did not go through: the fields the service named, in this bundle's words where it has
 * them ({@code vol.error.<field>}), else the service's; or a general reason (not signed in, service down, refused).
 */
public record ServiceRefusal(int status, String kind, String detail, List<Problem.InvalidField> errors) {

    public static ServiceRefusal of(WriteOutcome outcome, JsonMapper json) {
        return switch (outcome.kind()) {
            case NOT_SIGNED_IN -> new ServiceRefusal(401, "unauthorized", "", List.of());
            case SERVICE_DOWN -> new ServiceRefusal(503, "service-unavailable", "", List.of());
            case MAY_HAVE_BEEN_SAVED -> new ServiceRefusal(503, "may-have-been-saved", "", List.of());
            case ANSWERED -> {
                var answer = outcome.answer().orElseThrow();
                var problem = problem(answer.body(), json);
                yield new ServiceRefusal(answer.status(),
                    problem.map(Problem::type).filter(type -> type != null)
                        .map(type -> type.substring(type.lastIndexOf('/') + 1)).orElse("refused"),
                    problem.map(Problem::detail).filter(detail -> detail != null).orElse(""),
                    problem.map(Problem::errors).filter(errors -> errors != null).orElse(List.of()));
            }
        };
    }

    /** The page's words for {@code refusal}, for its templates: a message per field of {@code fields}, or general. */
    public static FormMessages formMessages(Texts texts, Optional<ServiceRefusal> refusal, List<String> fields) {
        return FormMessages.of(refusal.map(r -> r.messages(texts, fields)).orElse(Map.of()),
            refusal.flatMap(r -> r.general(texts, fields)));
    }

    /** The gateway's own refusal of one field, before anything is sent. */
    public static ServiceRefusal ofField(String field) {
        return new ServiceRefusal(422, "invalid", "", List.of(new Problem.InvalidField(field, "")));
    }

    /** The message for each field of the form the refusal names, in the form's order. */
    public Map<String, String> messages(Texts texts, List<String> fields) {
        return messages(texts, fields, "");
    }

    /** As {@link #messages(Texts, List)}, preferring the form's own words {@code vol.error.<form>.<field>}. */
    public Map<String, String> messages(Texts texts, List<String> fields, String form) {
        var messages = new LinkedHashMap<String, String>();
        for (var field : fields) {
            messageFor(field, texts, form).ifPresent(message -> messages.put(field, message));
        }
        return messages;
    }

    public Optional<String> messageFor(String field, Texts texts) {
        return messageFor(field, texts, "");
    }

    private Optional<String> messageFor(String field, Texts texts, String form) {
        var own = "vol.error." + form + "." + field;
        return errors.stream().filter(error -> field.equals(error.field())).findFirst().map(error ->
            !form.isEmpty() && texts.has(own) ? texts.text(own)
                : texts.has("vol.error." + field) ? texts.text("vol.error." + field)
                : escape(error.message() == null || error.message().isBlank() ? field : error.message()));
    }

    /** What the refusal says beyond the form's fields, such as "the service is down"; empty when it names one. */
    public Optional<String> general(Texts texts, List<String> fields) {
        if (errors.stream().anyMatch(error -> fields.contains(error.field()))) {
            return Optional.empty();
        }
        if (texts.has("vol.problem." + kind)) {
            return Optional.of(texts.text("vol.problem." + kind));
        }
        return Optional.of(detail.isBlank() ? texts.text("vol.problem.refused") : escape(detail));
    }

    private static Optional<Problem> problem(byte[] body, JsonMapper json) {
        try {
            return Optional.ofNullable(json.readValue(body, Argument.of(Problem.class)));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
