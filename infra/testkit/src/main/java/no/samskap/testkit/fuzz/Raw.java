package no.samskap.testkit.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * Bytes written into a JSON body exactly as they are, for what a JSON library would never write: a lone surrogate's
 * escape, an overlong or invalid UTF-8 sequence, a number no double holds.
 */
public record Raw(byte[] bytes, String label) {

    public static Raw text(String json) {
        return new Raw(json.getBytes(StandardCharsets.UTF_8), json);
    }

    /** A JSON string whose content is these bytes, which need not be UTF-8. */
    public static Raw stringOfBytes(String label, int... content) {
        var bytes = new byte[content.length + 2];
        bytes[0] = '"';
        for (int i = 0; i < content.length; i++) {
            bytes[i + 1] = (byte) content[i];
        }
        bytes[bytes.length - 1] = '"';
        return new Raw(bytes, label);
    }

    @Override
    public String toString() {
        return label;
    }
}
