package no.samskap.testkit.fuzz;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Values a field should refuse or survive: wrong types, nulls, extremes, broken text and impossible dates. */
final class HostileValues {

    private static final List<Object> TEXTS = List.of(
        "", " ", "\u0000", "tittel\u0000med NUL", "\t\r\n", "\u202Egnirts desrever", "<script>alert(1)</script>",
        "' or 1=1 --", "${jndi:ldap://127.0.0.1/x}", "%s%n%x", "../../../etc/passwd", "😀🎉", "ﬃ\u0301\u200B",
        Raw.text("\"\\ud800\""), Raw.text("\"tekst\\udc00\""), Raw.text("\"\\u0000\""),
        Raw.stringOfBytes("overlong UTF-8 for '/'", 0xc0, 0xaf), Raw.stringOfBytes("invalid UTF-8", 0xff, 0xfe, 0x41),
        Raw.stringOfBytes("CESU-8 surrogate", 0xed, 0xa0, 0x80), Raw.stringOfBytes("truncated UTF-8", 0x41, 0xe2, 0x82));
    private static final List<Object> NUMBERS = List.of(
        0, -1, -2147483649L, 2147483648L, Long.MIN_VALUE, new BigInteger("9223372036854775808"),
        new BigInteger("1" + "0".repeat(400)), 1.5, -0.0, 1e308, Raw.text("1e400"), Raw.text("-1e400"), Raw.text("NaN"),
        Raw.text("0x10"), Raw.text("01"), Raw.text("1."));
    private static final List<Object> DATES = List.of(
        "+999999999-12-31", "-999999999-01-01", "+10000-01-01", "+5874898-01-01", "0000-01-01", "0001-01-01",
        "1900-01-01", "2026-02-30", "2026-13-01", "2026-00-10", "26-01-01", "2026-1-1", "i morgen", "2026-12-06T25:61:00Z",
        "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "2026-12-06T10:00:00+25:00", "1e9");
    private static final List<Object> WRONG_TYPES = List.of(
        Map.of(), List.of(), List.of(List.of(List.of())), true, false, 42, "42", "true", Map.of("$ne", ""), java.util.Arrays.asList("a", 1, null));

    private final Random random;

    HostileValues(Random random) {
        this.random = random;
    }

    /** Something hostile for a field of this schema: mostly of its own kind, sometimes of any other. */
    Object forSchema(Map<String, Object> schema) {
        var roll = random.nextInt(10);
        if (roll == 0) {
            return null;
        }
        if (roll == 1) {
            return pick(WRONG_TYPES);
        }
        if (roll == 2) {
            return huge();
        }
        var type = String.valueOf(schema.get("type"));
        var format = String.valueOf(schema.get("format"));
        if (format.startsWith("date")) {
            return pick(DATES);
        }
        if (schema.get("enum") instanceof List<?> && random.nextBoolean()) {
            return pick(List.of("UNKNOWN", "", "null", "Accepted", "accepted ", "0", "ÆØÅ"));
        }
        return switch (type) {
            case "integer", "number" -> pick(NUMBERS);
            case "boolean" -> pick(List.of("true", 1, "ja", Raw.text("True")));
            // One item, which may itself be null: a hostile value inside an array is the point.
            case "array" -> random.nextBoolean() ? manyOf(schema)
                : java.util.Collections.singletonList(forSchema(OpenApiOperations.map(schema.get("items"))));
            case "object" -> pick(WRONG_TYPES);
            default -> pick(random.nextInt(4) == 0 ? DATES : TEXTS);
        };
    }

    /** Something hostile where the schema is unknown, as a path segment or query value. */
    String inUrl() {
        return pick(List.of("", "0", "-1", "99999999999999999999999999", "00000000-0000-0000-0000-000000000000",
            "not-a-uuid", "%00", "%C0%AF", "%FF%FE", "%ED%A0%80", "..%2F..%2Fetc", "%2e%2e", "a%20b", "%22%27%3C%3E",
            "1%3Bdrop%20table", "%E2%80%AE", "+999999999-12-31", "%2B10000-01-01", "2026-02-30", "true", "null",
            "eyJhbGciOiJub25lIn0", "x".repeat(3000), "%25", "~", "%0D%0ASet-Cookie:%20x=y", "😀"));
    }

    Object huge() {
        return switch (random.nextInt(3)) {
            case 0 -> "å".repeat(100_000);
            case 1 -> "x".repeat(1_100_000);
            default -> new ArrayList<>(java.util.Collections.nCopies(20_000, "x"));
        };
    }

    private List<Object> manyOf(Map<String, Object> schema) {
        var items = new ArrayList<Object>();
        var sample = new SampleValues(random, Map.of()).forSchema("item", OpenApiOperations.map(schema.get("items")));
        for (int i = 0; i < 1000; i++) {
            items.add(sample);
        }
        return items;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
