package no.samskap.platform.problem;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import no.samskap.platform.json.RefusedJsonValue;
import no.samskap.platform.json.StrictBooleans;
import no.samskap.platform.json.StrictStrings;

import java.util.List;
import java.util.Optional;

/**
 * Names the body property whose JSON value has the wrong type ({@code "all": "yes"}, {@code "reportThreshold": "x"})
 * as the client wrote it, {@code strategicValues[0].code} for a nested one, from the path Micronaut Serde records
 * while reading. Micronaut itself names only the Java parameter the whole body was bound to. A body that stops being
 * JSON inside a value (a string cut off by the end of the body) is the body's fault, not the field's:
 * {@code MalformedBody} says so.
 */
final class MistypedBodyValue {

    private MistypedBodyValue() {
    }

    static Optional<Problem.InvalidField> in(Throwable failure) {
        if (MalformedBody.notJson(failure)) {
            return Optional.empty();
        }
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                var path = serde.getPath();
                return Optional.of(new Problem.InvalidField(fieldOf(path),
                    refusal(serde).orElseGet(() -> messageFor(path.get(0)))));
            }
        }
        return Optional.empty();
    }

    /** The platform's own readers say what is wrong with a value; Serde may wrap their refusal in its own. */
    private static Optional<String> refusal(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedJsonValue refused) {
                return Optional.of(refused.getMessage());
            }
        }
        return Optional.empty();
    }

    /** Serde adds each step of the path on its way out, so the innermost comes first. */
    private static String fieldOf(List<ReferencePath> path) {
        var field = new StringBuilder();
        for (int i = path.size() - 1; i >= 0; i--) {
            var step = path.get(i);
            if (step instanceof CollectionItemReferencePath item) {
                field.append('[').append(item.index()).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(step instanceof MapItemReferencePath entry
                    ? entry.key() : nameOf(step.getArgument()));
            }
        }
        return field.toString();
    }

    private static String nameOf(Argument<?> property) {
        return property.getAnnotationMetadata().stringValue(JsonProperty.class).orElse(property.getName());
    }

    private static String messageFor(ReferencePath innermost) {
        Class<?> type = innermost instanceof PropertyReferencePath property
            ? property.property().getType()
            : innermost.getArgument().getFirstTypeVariable().<Class<?>>map(Argument::getType).orElse(Object.class);
        if (type == Boolean.class || type == boolean.class) {
            return StrictBooleans.MESSAGE;
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return "must be a number";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return StrictStrings.MESSAGE;
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        return "has the wrong type";
    }
}
