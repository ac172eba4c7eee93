package no.samskap.bench.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Residents of Rana made for the burst, since a person registers once and the demo realm has three. They are made
 * in the benchmark's own Keycloak through its admin API (a partial import, a few hundred per call), each with the
 * resident role and the municipality attribute the services read, then signed in with the password grant.
 */
final class Registrants {

    private static final int PER_IMPORT = 250;
    private static final int SIGNING_IN_AT_ONCE = 4;

    private final HttpClient http;
    private final URI keycloak;
    private final SignIn signIn;

    Registrants(HttpClient http, URI keycloak, SignIn signIn) {
        this.http = http;
        this.keycloak = keycloak;
        this.signIn = signIn;
    }

    /** Makes {@code count} residents named after {@code prefix} and returns a fresh access token of each. */
    List<String> tokens(String adminPassword, String prefix, int count, Duration bound) throws Exception {
        var usernames = IntStream.range(0, count).mapToObj(n -> prefix + "-" + n).toList();
        var admin = signIn.administrator(adminPassword);
        hashPasswordsCheaply(admin);
        for (var from = 0; from < count; from += PER_IMPORT) {
            importUsers(admin, usernames.subList(from, Math.min(count, from + PER_IMPORT)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(SIGNING_IN_AT_ONCE);
        try {
            var signIns = new ArrayList<Callable<String>>();
            usernames.forEach(username -> signIns.add(() -> signIn.person(username, password(username))));
            var tokens = new ArrayList<String>();
            for (var future : pool.invokeAll(signIns, bound.toSeconds(), TimeUnit.SECONDS)) {
                tokens.add(future.get());
            }
            return tokens;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Set-up, not measured: a thousand sign-ins at Keycloak's default of 210,000 hash iterations take minutes of
     * CPU on two cores, longer than the five minutes a token lasts. The benchmark's own realm hashes its new
     * passwords once; the demo users keep theirs.
     */
    private void hashPasswordsCheaply(String admin) {
        var request = HttpRequest.newBuilder(keycloak.resolve("/admin/realms/samskap"))
            .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .PUT(HttpRequest.BodyPublishers.ofString("{\"passwordPolicy\":\"hashIterations(1)\"}")).build();
        var response = SignIn.send(http, request);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak kept its password policy: HTTP " + response.statusCode() + " "
                + response.body());
        }
    }

    private void importUsers(String admin, List<String> usernames) {
        var users = usernames.stream().map(Registrants::user).collect(Collectors.joining(","));
        var request = HttpRequest.newBuilder(keycloak.resolve("/admin/realms/samskap/partialImport"))
            .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
            .timeout(Duration.ofMinutes(3))
            .POST(HttpRequest.BodyPublishers.ofString("{\"ifResourceExists\":\"SKIP\",\"users\":[" + users + "]}"))
            .build();
        var response = SignIn.send(http, request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak did not import the registrants: HTTP " + response.statusCode()
                + " " + response.body());
        }
    }

    /** Every attribute the realm's user profile requires, or the password grant answers "account not set up". */
    private static String user(String username) {
        return "{\"username\":" + JsonFields.quoted(username) + ",\"enabled\":true,\"emailVerified\":true"
            + ",\"email\":" + JsonFields.quoted(username + "@bench.samskap.local")
            + ",\"firstName\":\"Målt\",\"lastName\":\"Deltaker\""
            + ",\"attributes\":{\"municipality\":[\"1833\"]},\"realmRoles\":[\"resident\"]"
            + ",\"credentials\":[{\"type\":\"password\",\"value\":" + JsonFields.quoted(password(username))
            + ",\"temporary\":false}]}";
    }

    private static String password(String username) {
        return "bench-" + username;
    }
}
