package no.samskap.bench.live;

import java.util.regex.Pattern;

/** The few fields the benchmark reads from the services' answers, without binding their whole shape. */
final class JsonFields {

    private JsonFields() {
    }

    /** The first string value of the field, wherever it stands. */
    static String text(String json, String field) {
        var matcher = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No \"" + field + "\" in " + json);
        }
        return matcher.group(1);
    }

    /** The first whole-number value of the field. */
    static int number(String json, String field) {
        var matcher = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No number \"" + field + "\" in " + json);
        }
        return Integer.parseInt(matcher.group(1));
    }

    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
