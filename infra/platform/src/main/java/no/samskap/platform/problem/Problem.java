package no.samskap.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} names each field at fault, so a form can show the message
 * beside the input that caused it; {@code link}, when there is one, is the resource the problem is about, such as
 * the idea a repeated submission already made.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<InvalidField> errors,
                      @Nullable String link) {

    public Problem(String type, String title, int status, String detail, String instance, List<InvalidField> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://samskap.no/problems/";

    @Serdeable
    public record InvalidField(String field, String message) {
    }
}
