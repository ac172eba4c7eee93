package no.samskap.testkit.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** A body that is not the JSON object a write expects: cut short, nested too deep, trailed by garbage, or huge. */
final class BrokenJson {

    private BrokenJson() {
    }

    static byte[] of(Random random, byte[] valid) {
        return switch (random.nextInt(14)) {
            case 0 -> Arrays.copyOf(valid, Math.max(1, valid.length / 2));
            case 1 -> concat(valid, " x".getBytes(StandardCharsets.UTF_8));
            case 2 -> concat(valid, valid);
            case 3 -> ("[".repeat(50_000) + "]".repeat(50_000)).getBytes(StandardCharsets.UTF_8);
            case 4 -> ("{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
            case 5 -> new byte[0];
            case 6 -> text(random, "null", "[]", "\"tekst\"", "42", "true", "{}", " ", "\u0000");
            case 7 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, valid);
            case 8 -> text(random, "{\"title\":\"a\",\"title\":\"b\"}", "{'title':'a'}", "{title:\"a\"}",
                "{\"title\":\"a\" /* kommentar */}", "{\"title\":\"a\",}", "{\"title\"}");
            case 9 -> huge(random);
            case 10 -> new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}'};
            case 11 -> text(random, "{\"\\u0000\":1}", "{\"" + "k".repeat(100_000) + "\":1}", "{\"title\":\"\\ud800\"}");
            case 12 -> "{\"a\":\"b\"\u0000}".getBytes(StandardCharsets.UTF_8);
            default -> ("{" + manyFields() + "}").getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] huge(Random random) {
        var size = random.nextInt(4) == 0 ? 11 * 1024 * 1024 : 1024 * 1024 + 17;
        var out = new ByteArrayOutputStream(size + 16);
        out.writeBytes("{\"title\":\"".getBytes(StandardCharsets.UTF_8));
        var filler = new byte[size];
        Arrays.fill(filler, (byte) 'x');
        out.writeBytes(filler);
        out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String manyFields() {
        var fields = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            fields.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":").append(i);
        }
        return fields.toString();
    }

    private static byte[] text(Random random, String... choices) {
        return choices[random.nextInt(choices.length)].getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        var joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
