package no.samskap.gateway.organisations.pages;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of a form the browser sent as {@code application/x-www-form-urlencoded}; a repeated name keeps its first. */
public final class FormInput {

    private final Map<String, String> values;

    private FormInput(Map<String, String> values) {
        this.values = values;
    }

    public static FormInput parse(String body) {
        var values = new LinkedHashMap<String, String>();
        if (body != null && !body.isEmpty()) {
            for (var pair : body.split("&")) {
                var equals = pair.indexOf('=');
                var name = decode(equals < 0 ? pair : pair.substring(0, equals));
                values.putIfAbsent(name, equals < 0 ? "" : decode(pair.substring(equals + 1)).replace("\r\n", "\n"));
            }
        }
        return new FormInput(values);
    }

    /** The field's value, or "" when it was not sent. */
    public String get(String name) {
        return values.getOrDefault(name, "");
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
