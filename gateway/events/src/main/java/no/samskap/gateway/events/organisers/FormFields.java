package no.samskap.gateway.events.organisers;

import io.netty.handler.codec.http.QueryStringDecoder;

import java.util.List;
import java.util.Map;

/**
 * A form the browser sent as {@code application/x-www-form-urlencoded}, keeping every value of a repeated name; read
 * with Netty's decoder, as the event page reads its forms. Line breaks arrive as {@code \n}.
 */
public final class FormFields {

    private final Map<String, List<String>> values;

    private FormFields(Map<String, List<String>> values) {
        this.values = values;
    }

    public static FormFields parse(String body) {
        try {
            return new FormFields(new QueryStringDecoder(body == null ? "" : body, false).parameters());
        } catch (IllegalArgumentException malformed) {
            return new FormFields(Map.of());
        }
    }

    /** The first value, stripped, or "" when the field was not sent. */
    public String get(String name) {
        var all = values.getOrDefault(name, List.of());
        return all.isEmpty() ? "" : all.get(0).replace("\r\n", "\n").strip();
    }

    /** Every non-blank value of the field, stripped, as checkboxes send them. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().map(value -> value.replace("\r\n", "\n").strip())
            .filter(value -> !value.isEmpty()).toList();
    }
}
