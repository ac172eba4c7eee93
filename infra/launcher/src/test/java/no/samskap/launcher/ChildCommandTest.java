package no.samskap.launcher;

import no.samskap.runtime.PostgresServer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ChildCommandTest {

    private static final BackingServices.Database DATABASE = new BackingServices.Database(
        new PostgresServer("127.0.0.1", 5432, "samskap", "secret", "postgres", PostgresServer.Kind.EMBEDDED),
        "samskap");
    private static final IdentityProvider LOCAL_KEYCLOAK = new IdentityProvider(
        "http://127.0.0.1:8180/realms/samskap", "http://127.0.0.1:8180/realms/samskap/protocol/openid-connect/certs",
        "samskap-services", Optional.of(new IdentityProvider.Client("samskap-gateway", "samskap-gateway-dev-secret")),
        Optional.of(new IdentityProvider.StartedKeycloak("http://127.0.0.1:8180", "admin", "admin")));

    private final Deployable proposals = new Deployable("proposals", Path.of("proposals.jar"), 8081, "proposals",
        Map.of());
    private final Deployable gateway = new Deployable("gateway", Path.of("gateway.jar"), 8080, "gateway", Map.of());

    @Test
    void tellsEveryDeployableWhichIssuerKeysAndAudienceToCheckTokensAgainst() {
        for (var deployable : new Deployable[] {proposals, gateway}) {
            var env = environmentOf(deployable, LOCAL_KEYCLOAK);

            assertEquals("http://127.0.0.1:8180/realms/samskap", env.get("SAMSKAP_OIDC_ISSUER"), deployable.name());
            assertEquals("http://127.0.0.1:8180/realms/samskap/protocol/openid-connect/certs",
                env.get("SAMSKAP_OIDC_JWKS_URL"), deployable.name());
            assertEquals("samskap-services", env.get("SAMSKAP_OIDC_AUDIENCE"), deployable.name());
        }
    }

    @Test
    void givesOnlyTheGatewayTheClientItLogsPeopleInWith() {
        var gatewayEnv = environmentOf(gateway, LOCAL_KEYCLOAK);
        var proposalsEnv = environmentOf(proposals, LOCAL_KEYCLOAK);

        assertEquals("samskap-gateway", gatewayEnv.get("SAMSKAP_OIDC_CLIENT_ID"));
        assertEquals("samskap-gateway-dev-secret", gatewayEnv.get("SAMSKAP_OIDC_CLIENT_SECRET"));
        assertFalse(proposalsEnv.containsKey("SAMSKAP_OIDC_CLIENT_ID"), proposalsEnv.toString());
        assertFalse(proposalsEnv.containsKey("SAMSKAP_OIDC_CLIENT_SECRET"), proposalsEnv.toString());
    }

    @Test
    void leavesTheGatewaysClientToTheEnvironmentWhenAnExternalProviderHasNoneConfigured() {
        var external = new IdentityProvider("https://login.example.no/realms/x", "https://login.example.no/certs",
            "samskap-services", Optional.empty(), Optional.empty());

        var env = environmentOf(gateway, external);

        assertEquals("https://login.example.no/realms/x", env.get("SAMSKAP_OIDC_ISSUER"));
        assertFalse(env.containsKey("SAMSKAP_OIDC_CLIENT_SECRET"), env.toString());
    }

    @Test
    void tellsTheGatewayWhichMunicipalitiesTheStartedKeycloakHasAsOrganizations() {
        assertEquals("1833,4618", environmentOf(gateway, LOCAL_KEYCLOAK).get("SAMSKAP_SIGN_IN_ORGANIZATIONS"));
        assertFalse(environmentOf(proposals, LOCAL_KEYCLOAK).containsKey("SAMSKAP_SIGN_IN_ORGANIZATIONS"));
    }

    @Test
    void leavesTheOrganizationsOfAnExternalProviderToTheEnvironment() {
        var external = new IdentityProvider("https://login.example.no/realms/x", "https://login.example.no/certs",
            "samskap-services", Optional.empty(), Optional.empty());

        assertFalse(environmentOf(gateway, external).containsKey("SAMSKAP_SIGN_IN_ORGANIZATIONS"));
    }

    @Test
    void stillTellsEachDeployableItsSchemaPortAndBroker() {
        var env = environmentOf(proposals, LOCAL_KEYCLOAK);

        assertEquals("proposals", env.get("SAMSKAP_DB_SCHEMA"));
        assertEquals("8081", env.get("MICRONAUT_SERVER_PORT"));
        assertEquals("127.0.0.1:9092", env.get("KAFKA_BOOTSTRAP_SERVERS"));
    }

    private static Map<String, String> environmentOf(Deployable deployable, IdentityProvider identityProvider) {
        return ChildCommand.environment(deployable, DATABASE, "127.0.0.1:9092", identityProvider);
    }
}
