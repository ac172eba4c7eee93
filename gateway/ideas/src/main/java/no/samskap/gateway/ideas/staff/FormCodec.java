package no.samskap.gateway.ideas.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import no.samskap.platform.json.StrictDates;
import no.samskap.platform.problem.Problem;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an inbox form into the JSON body the proposals service takes, and the service's refusal back into what the
 * page shows: its message per field of the form, and for the form as a whole whatever names no field of it.
 */
@Singleton
class FormCodec {

    @Serdeable
    record ServiceProblem(@Nullable String type, @Nullable List<Problem.InvalidField> errors) {
    }

    private final JsonMapper json;

    FormCodec(JsonMapper json) {
        this.json = json;
    }

    /**
     * Blank fields go as missing, so the service names them. A decision is a yes or no: {@code true} and {@code false}
     * go as booleans, anything else as the text it is, for the service to refuse naming the field rather than for a
     * stray value to dismiss the appeal.
     */
    byte[] jsonBody(StaffAction action, Map<String, String> form) {
        if (action.fields().isEmpty()) {
            return null;
        }
        var body = new LinkedHashMap<String, Object>();
        for (var field : action.fields()) {
            var value = form.get(field);
            var given = value == null || value.isBlank() ? null : value.trim();
            body.put(field, "upheld".equals(field) ? decision(given) : given);
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write a form as JSON", e);
        }
    }

    /**
     * A date field holding no date the platform takes ({@code +10000-01-01}), refused here so the page says so in its
     * own language before the service is asked.
     */
    static Optional<FormProblem> unreadableDate(StaffAction action, String item, Map<String, String> entered) {
        var fieldMessages = new LinkedHashMap<String, String>();
        for (var field : action.dateFields()) {
            var value = entered.get(field);
            if (value != null && !value.isBlank()) {
                StrictDates.problemWith(value.trim()).ifPresent(message -> fieldMessages.put(field, message));
            }
        }
        return fieldMessages.isEmpty() ? Optional.empty()
            : Optional.of(new FormProblem(action, item, fieldMessages, Optional.empty(), kept(action, entered)));
    }

    private static Map<String, String> kept(StaffAction action, Map<String, String> entered) {
        var kept = new LinkedHashMap<String, String>();
        action.fields().forEach(field -> kept.put(field, entered.getOrDefault(field, "")));
        return kept;
    }

    FormProblem refusalOf(StaffAction action, String item, MutableHttpResponse<?> answer, Map<String, String> entered) {
        var problem = problemOf(answer);
        var fieldMessages = new LinkedHashMap<String, String>();
        var others = false;
        for (var invalid : problem.errors() == null ? List.<Problem.InvalidField>of() : problem.errors()) {
            if (action.fields().contains(invalid.field())) {
                fieldMessages.merge(invalid.field(), invalid.message(), (first, second) -> first + "; " + second);
            } else {
                others = true;
            }
        }
        Optional<String> formProblem = others ? Optional.of(FormProblem.OTHER_FIELDS)
            : fieldMessages.isEmpty() ? Optional.of(kindOf(problem)) : Optional.empty();
        return new FormProblem(action, item, fieldMessages, formProblem, kept(action, entered));
    }

    private static @Nullable Object decision(@Nullable String given) {
        return "true".equals(given) || "false".equals(given) ? Boolean.valueOf(given) : given;
    }

    /** The last part of the problem's type ({@code https://samskap.no/problems/edit-refused}); "refused" without one. */
    private static String kindOf(ServiceProblem problem) {
        var type = problem.type();
        return type == null || type.isBlank() ? "refused" : type.substring(type.lastIndexOf('/') + 1);
    }

    private ServiceProblem problemOf(MutableHttpResponse<?> answer) {
        var body = answer.getBody().orElse(null);
        if (body instanceof Problem problem) {
            return new ServiceProblem(problem.type(), problem.errors());
        }
        if (body instanceof byte[] bytes && bytes.length > 0) {
            try {
                return json.readValue(bytes, Argument.of(ServiceProblem.class));
            } catch (IOException | RuntimeException unreadable) {
                return new ServiceProblem(null, null);
            }
        }
        return new ServiceProblem(null, null);
    }
}
