package no.samskap.launcher;

import no.samskap.runtime.keycloak.SamskapRealm;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a deployable is run: with the launcher's own Java, and told where its database, Kafka and the identity
 * provider that issues its access tokens are.
 */
final class ChildCommand {

    private ChildCommand() {
    }

    static List<String> javaJar(Path jar) {
        return List.of(javaExecutable().toString(), "-Xmx384m", "-jar", jar.toString());
    }

    static Path javaExecutable() {
        var windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    static Map<String, String> environment(Deployable deployable, BackingServices.Database database,
                                           String bootstrapServers, IdentityProvider identityProvider) {
        var server = database.server();
        var env = new LinkedHashMap<String, String>();
        env.put("SAMSKAP_DB_URL", server.jdbcUrl(database.name(), deployable.schema()));
        env.put("SAMSKAP_DB_USER", server.user());
        env.put("SAMSKAP_DB_PASSWORD", server.password() == null ? "" : server.password());
        env.put("SAMSKAP_DB_SCHEMA", deployable.schema());
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("MICRONAUT_SERVER_PORT", String.valueOf(deployable.port()));
        env.put("SAMSKAP_OIDC_ISSUER", identityProvider.issuerUrl());
        env.put("SAMSKAP_OIDC_JWKS_URL", identityProvider.jwksUrl());
        env.put("SAMSKAP_OIDC_AUDIENCE", identityProvider.audience());
        if (deployable.isEntryPoint()) {
            identityProvider.gatewayClient().ifPresent(client -> {
                env.put("SAMSKAP_OIDC_CLIENT_ID", client.id());
                env.put("SAMSKAP_OIDC_CLIENT_SECRET", client.secret());
            });
            if (identityProvider.startedKeycloak().isPresent()) {
                env.put("SAMSKAP_SIGN_IN_ORGANIZATIONS", String.join(",", SamskapRealm.MUNICIPALITY_ORGANIZATIONS));
            }
        }
        env.putAll(deployable.extraEnv());
        return env;
    }
}
