package no.samskap.testkit.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Writes maps, lists, strings, numbers, booleans, nulls and {@link Raw} bytes as JSON, escaping only what JSON must. */
final class JsonBytes {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private JsonBytes() {
    }

    static byte[] of(Object value) {
        var json = new JsonBytes();
        json.write(value);
        return json.out.toByteArray();
    }

    private void write(Object value) {
        if (value == null) {
            text("null");
        } else if (value instanceof Raw raw) {
            out.writeBytes(raw.bytes());
        } else if (value instanceof String string) {
            string(string);
        } else if (value instanceof Number || value instanceof Boolean) {
            text(value.toString());
        } else if (value instanceof Map<?, ?> map) {
            object(map);
        } else if (value instanceof List<?> list) {
            array(list);
        } else {
            throw new IllegalArgumentException("No JSON for " + value.getClass());
        }
    }

    private void object(Map<?, ?> map) {
        text("{");
        var first = true;
        for (var entry : map.entrySet()) {
            if (!first) {
                text(",");
            }
            first = false;
            string(String.valueOf(entry.getKey()));
            text(":");
            write(entry.getValue());
        }
        text("}");
    }

    private void array(List<?> list) {
        text("[");
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                text(",");
            }
            write(list.get(i));
        }
        text("]");
    }

    private void string(String value) {
        var escaped = new StringBuilder(value.length() + 2).append('"');
        value.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append((char) c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", c));
            } else {
                escaped.append((char) c);
            }
        });
        text(escaped.append('"').toString());
    }

    private void text(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
