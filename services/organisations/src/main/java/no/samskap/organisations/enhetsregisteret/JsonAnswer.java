package no.samskap.organisations.enhetsregisteret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.samskap.organisations.associations.application.Register.RegisterUnavailable;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading the register's JSON: an answer that is not the JSON object expected is one the register did not give. */
final class JsonAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonAnswer() {
    }

    static JsonNode object(byte[] body, String what) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException unreadable) {
            throw unreadable(what + " is not JSON", unreadable);
        }
        if (root == null || !root.isObject()) {
            throw unreadable(what + " is not a JSON object", null);
        }
        return root;
    }

    /** The text of a field, or null when it is missing, null or blank. */
    static String text(JsonNode node, String field) {
        var value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    /** The date of a field, or null when it is missing or blank (the register writes {@code ""} for no date). */
    static LocalDate date(JsonNode node, String field, String what) {
        var text = text(node, field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            throw unreadable(what + " has " + field + " '" + text + "', which is not a date", notADate);
        }
    }

    static RegisterUnavailable unreadable(String message, Throwable cause) {
        return new RegisterUnavailable("Enhetsregisteret's answer could not be read: " + message, cause);
    }
}
