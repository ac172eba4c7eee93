package no.samskap.gateway.organisations.volunteering;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A form sent as {@code application/x-www-form-urlencoded}, keeping every value of a repeated name (checkboxes). */
public final class FormFields {

    private final Map<String, List<String>> values;

    private FormFields(Map<String, List<String>> values) {
        this.values = values;
    }

    public static FormFields parse(String body) {
        var values = new LinkedHashMap<String, List<String>>();
        if (body != null && !body.isEmpty()) {
            for (var pair : body.split("&")) {
                var equals = pair.indexOf('=');
                var name = decode(equals < 0 ? pair : pair.substring(0, equals));
                var value = equals < 0 ? "" : decode(pair.substring(equals + 1)).replace("\r\n", "\n");
                values.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
            }
        }
        return new FormFields(values);
    }

    /** The first value sent under the name, stripped, or "" when none was. */
    public String one(String name) {
        var all = values.getOrDefault(name, List.of());
        return all.isEmpty() ? "" : all.get(0).strip();
    }

    /** Every non-blank value sent under the name, in order. */
    public List<String> all(String name) {
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
