package no.samskap.testkit.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/** One request the fuzzer sends, with what makes it hostile, so a finding can be read and sent again. */
public record FuzzRequest(ApiOperation operation, String kind, String method, String target, Map<String, String> headers,
                          byte[] body, boolean byValidCaller) {

    public boolean writes() {
        return !method.equals("GET");
    }

    /** What a failure message shows: the route, the hostile part and the start of the target and body. */
    public String describe() {
        var shownBody = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8).replace("\u0000", "\\u0000");
        var contentType = headers.getOrDefault("Content-Type", "none");
        var otherHeaders = new StringBuilder();
        headers.forEach((name, value) -> {
            if (!Set.of("Authorization", "Cookie", "Content-Type").contains(name)) {
                otherHeaders.append(' ').append(name).append(": ").append(abbreviate(value));
            }
        });
        return operation + " [" + kind + (byValidCaller ? ", valid caller" : ", hostile caller") + "] " + method + " "
            + abbreviate(target) + " content-type " + contentType + otherHeaders + " body(" + body.length + " bytes) "
            + shownBody;
    }

    private static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…(" + text.length() + " chars)";
    }
}
