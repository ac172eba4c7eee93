package no.samskap.gateway.events.organisers;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A form the browser sent as {@code application/x-www-form-urlencoded}, keeping every value of a repeated name. */
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
                var value = equals < 0 ? "" : decode(pair.substring(equals + 1)).replace("\r\n", "\n");
                values.computeIfAbsent(name, any -> new ArrayList<>()).add(value);
            }
        }
        return new FormFields(values);
    }

    /** The first value, stripped, or "" when the field was not sent. */
    String get(String name) {
        var all = values.getOrDefault(name, List.of());
        return all.isEmpty() ? "" : all.get(0).strip();
    }

    /** Every non-blank value of the field, as checkboxes send them. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().map(String::strip).filter(value -> !value.isEmpty())
            .toList();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
