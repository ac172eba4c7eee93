package no.samskap.launcher;

import no.samskap.runtime.keycloak.DemoUsers;
import no.samskap.runtime.keycloak.SamskapRealm;
import no.samskap.seeds.AssociationSeedLoader;
import no.samskap.seeds.DemoIdeas;
import no.samskap.seeds.SeedException;
import no.samskap.seeds.SeedLoader;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads the demo data (the municipalities' settings, their ideas and associations) through the services' public
 * APIs once everything is up, signed in as the demo users of the Keycloak the launcher started. A failure is reported but
 * stops nothing: the platform works without demo data. {@code SAMSKAP_SEEDS=off} leaves it out.
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
            var outcome = loader(platform, keycloak.get().baseUrl()).load(DemoIdeas.municipalities(), DemoIdeas.all(),
                LocalDate.now(ZoneId.of("Europe/Oslo")));
            var associations = associationLoader(platform, keycloak.get().baseUrl()).load(DemoIdeas.associations());
            step.done("ready", summaryOf(outcome) + ", " + associations.registered() + " associations registered");
        } catch (SeedException e) {
            step.failed();
            progress.line("  The demo data could not be loaded (" + e.getMessage() + "); Samskap runs without them.");
        }
    }

    private static SeedLoader loader(Platform platform, String keycloakBaseUrl) {
        var endpoints = new SeedLoader.Endpoints(
            tokenUrl(keycloakBaseUrl), SamskapRealm.TEST_CLIENT_ID, URI.create(baseUrlOf(platform, "proposals")),
            URI.create(baseUrlOf(platform, Deployables.ENTRY_POINT)));
        return new SeedLoader(endpoints, username -> DemoUsers.named(username).password(),
            new SeedLoader.Officials(firstWithRole(SamskapRealm.STAFF), firstWithRole(SamskapRealm.ADMIN)));
    }

    private static AssociationSeedLoader associationLoader(Platform platform, String keycloakBaseUrl) {
        return new AssociationSeedLoader(tokenUrl(keycloakBaseUrl), SamskapRealm.TEST_CLIENT_ID,
            URI.create(baseUrlOf(platform, "organisations")), username -> DemoUsers.named(username).password(),
            firstWithRole(SamskapRealm.STAFF));
    }

    private static URI tokenUrl(String keycloakBaseUrl) {
        return URI.create(keycloakBaseUrl + "/realms/" + SamskapRealm.NAME + "/protocol/openid-connect/token");
    }

    private static String summaryOf(SeedLoader.Outcome outcome) {
        return outcome.loaded() + " ideas loaded, " + outcome.alreadyThere() + " already there, settings set for "
            + outcome.settingsApplied() + " municipalities";
    }

    /** The first demo user of each municipality with the role. */
    private static Map<String, String> firstWithRole(String role) {
        return DemoUsers.all().stream().filter(user -> user.roles().contains(role))
            .collect(Collectors.toMap(DemoUsers.DemoUser::municipality, DemoUsers.DemoUser::username, (first, second) -> first));
    }

    private static String baseUrlOf(Platform platform, String name) {
        return platform.deployables().stream().filter(deployable -> deployable.name().equals(name)).findFirst()
            .orElseThrow(() -> new SeedException("no deployable named " + name)).baseUrl();
    }
}
