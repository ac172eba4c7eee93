package no.samskap.testkit.fuzz;

import no.samskap.testkit.TestTokens;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who sends a request, as the headers that say so: valid callers the test gives, and callers a service must turn away,
 * from no token and garbage to tokens that are expired, forged, unsigned or missing the claims a signed-in person has.
 */
public record Callers(List<Map<String, String>> valid, List<Map<String, String>> hostile) {

    /** Callers signed in some other way than a bearer token, such as the gateway's cookies. */
    public static Callers withHeaders(List<Map<String, String>> valid, List<Map<String, String>> hostile) {
        return new Callers(List.copyOf(valid), List.copyOf(hostile));
    }

    /** The given valid tokens, and hostile callers made with the test signer for the given municipality. */
    public static Callers of(String municipality, String... validTokens) {
        var tokens = TestTokens.shared();
        var hostile = new ArrayList<Optional<String>>();
        hostile.add(Optional.empty());
        for (String authorization : List.of("Bearer", "Bearer ", "Bearer garbage", "Bearer a.b.c", "Basic dXNlcjpwYXNz",
            "bearer " + "A".repeat(12_000), "Bearer eyJhbGciOiJub25lIn0.e30.", "Bearer \u00e6\u00f8\u00e5")) {
            hostile.add(Optional.of(authorization));
        }
        var now = Instant.now();
        var resident = tokens.claims("fuzz-hostile", municipality, "resident");
        hostile.add(bearer(tokens.unsigned(resident.build())));
        hostile.add(bearer(tokens.signWithForeignKey(resident.build())));
        hostile.add(bearer(tokens.sign(tokens.claims("fuzz-hostile", municipality, "admin")
            .expirationTime(Date.from(now.minusSeconds(600))).issueTime(Date.from(now.minusSeconds(900)))
            .notBeforeTime(Date.from(now.minusSeconds(900))).build())));
        hostile.add(bearer(tokens.sign(tokens.claims("fuzz-hostile", municipality, "staff").audience("someone-else").build())));
        hostile.add(bearer(tokens.sign(tokens.claims("fuzz-hostile", municipality, "staff")
            .issuer("http://127.0.0.1:1/realms/other").build())));
        hostile.add(bearer(tokens.sign(tokens.claims("fuzz-hostile", municipality, "staff")
            .notBeforeTime(Date.from(now.plusSeconds(3600))).build())));
        hostile.add(bearer(tokens.sign(tokens.claims("fuzz-no-municipality", municipality, "resident", "staff", "admin")
            .claim("municipality", null).build())));
        hostile.add(bearer(tokens.sign(tokens.claims("fuzz-odd-municipality", "../9999\u0000", "resident", "staff").build())));
        hostile.add(bearer(tokens.sign(tokens.claims("fuzz-no-roles", municipality).claim("roles", null).build())));
        hostile.add(bearer(tokens.sign(tokens.claims("x".repeat(5000), municipality, "resident").build())));
        hostile.add(bearer(tokens.sign(tokens.claims("fuzz-role-typo", municipality, "Admin", "superuser").build())));
        var bearers = List.of(validTokens).stream().map(token -> Map.of("Authorization", "Bearer " + token)).toList();
        return new Callers(bearers, hostile.stream()
            .map(authorization -> authorization.map(value -> Map.of("Authorization", value)).orElse(Map.of())).toList());
    }

    private static Optional<String> bearer(String token) {
        return Optional.of("Bearer " + token);
    }
}
