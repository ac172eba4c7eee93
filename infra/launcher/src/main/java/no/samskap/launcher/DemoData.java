package no.samskap.launcher;

import no.samskap.runtime.keycloak.DemoUsers;
import no.samskap.runtime.keycloak.SamskapRealm;
import no.samskap.seeds.DemoIdeas;
import no.samskap.seeds.SeedException;
import no.samskap.seeds.SeedLoader;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads the demo ideas through the services' public APIs once everything is up, signed in as the demo users
 * of the Keycloak the launcher started. A failure is reported but stops nothing: the platform works without
 * demo data. {@code SAMSKAP_SEEDS=off} leaves it out.
 */
final class DemoData {

    private DemoData() {
    }

    static void load(Platform platform, Progress progress, Map<String, String> environment) {
        var keycloak = platform.identityProvider().startedKeycloak();
        if ("off".equalsIgnoreCase(environment.getOrDefault("SAMSKAP_SEEDS", "")) || keycloak.isEmpty()) {
            return;
        }
        var step = progress.begin("Demo data");
        try {
            var outcome = loader(platform, keycloak.get().baseUrl()).load(DemoIdeas.all(), LocalDate.now(ZoneId.of("Europe/Oslo")));
            step.done("ready", outcome.loaded() + " ideas loaded, " + outcome.alreadyThere() + " already there");
        } catch (SeedException e) {
            step.failed();
            progress.line("  The demo ideas could not be loaded (" + e.getMessage() + "); Samskap runs without them.");
        }
    }

    private static SeedLoader loader(Platform platform, String keycloakBaseUrl) {
        var endpoints = new SeedLoader.Endpoints(
            URI.create(keycloakBaseUrl + "/realms/" + SamskapRealm.NAME + "/protocol/openid-connect/token"),
            SamskapRealm.TEST_CLIENT_ID, URI.create(baseUrlOf(platform, "proposals")),
            URI.create(baseUrlOf(platform, Deployables.ENTRY_POINT)));
        var staffOfMunicipality = DemoUsers.all().stream().filter(user -> user.roles().contains(SamskapRealm.STAFF))
            .collect(Collectors.toMap(DemoUsers.DemoUser::municipality, DemoUsers.DemoUser::username, (first, second) -> first));
        return new SeedLoader(endpoints, username -> DemoUsers.named(username).password(), staffOfMunicipality);
    }

    private static String baseUrlOf(Platform platform, String name) {
        return platform.deployables().stream().filter(deployable -> deployable.name().equals(name)).findFirst()
            .orElseThrow(() -> new SeedException("no deployable named " + name)).baseUrl();
    }
}
