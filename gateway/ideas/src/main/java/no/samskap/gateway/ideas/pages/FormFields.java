package no.samskap.gateway.ideas.pages;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields of a form the browser sent as {@code application/x-www-form-urlencoded}, repeated names kept in order. */
final class FormFields {

    private final Map<String, List<String>> values;

    private FormFields(Map<String, List<String>> values) {
        this.values = values;
    }

    static FormFields parse(String body) {
        var values = new LinkedHashMap<String, List<String>>();
        if (body != null && !body.isEmpty()) {
            for (var pair : body.split("&")) {
                var equals = pair.indexOf('=');
                var name = decode(equals < 0 ? pair : pair.substring(0, equals));
                var value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            }
        }
        return new FormFields(values);
    }

    /** The field's only or first value, or "" when it was not sent; browsers send CRLF in textareas, kept as LF. */
    String one(String name) {
        var all = values.getOrDefault(name, List.of());
        return all.isEmpty() ? "" : all.get(0).replace("\r\n", "\n");
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().filter(value -> !value.isBlank()).toList();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
