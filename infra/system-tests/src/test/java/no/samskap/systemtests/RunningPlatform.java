package no.samskap.systemtests;

import no.samskap.runtime.FreePorts;
import no.samskap.runtime.PostgresServer;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The proposals service and the gateway as separate processes on the test class's schemas and topics. */
final class RunningPlatform implements AutoCloseable {

    private static final Path ROOT = Path.of(System.getProperty("maven.multiModuleProjectDirectory",
        Path.of("").toAbsolutePath().resolve("../..").normalize().toString()));
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final ServiceProcess proposals;
    final ServiceProcess gateway;

    private RunningPlatform(ServiceProcess proposals, ServiceProcess gateway) {
        this.proposals = proposals;
        this.gateway = gateway;
    }

    static RunningPlatform start(TestInfrastructure infrastructure, Path logs) throws IOException {
        var proposals = deployable(infrastructure, "proposals", ROOT.resolve("services/proposals/target/samskap-proposals.jar"), logs);
        var gateway = deployable(infrastructure, "gateway", ROOT.resolve("gateway/app/target/samskap-gateway.jar"), logs);
        proposals.start();
        gateway.start();
        return new RunningPlatform(proposals, gateway);
    }

    static ServiceProcess deployable(TestInfrastructure infrastructure, String name, Path jar, Path logs) {
        var schema = infrastructure.freshSchema(name);
        return deployable(name, jar, logs, infrastructure.postgres(), infrastructure.database(), schema,
            infrastructure.kafkaBootstrapServers(), infrastructure.topicPrefix());
    }

    /** The proposals service and the gateway on a PostgreSQL server and topic prefix of the caller's choosing. */
    static RunningPlatform startOn(PostgresServer postgres, String database, String proposalsSchema,
                                   String gatewaySchema, String kafka, String topicPrefix, Path logs) throws IOException {
        postgres.ensureSchema(database, proposalsSchema);
        postgres.ensureSchema(database, gatewaySchema);
        var proposals = deployable("proposals", ROOT.resolve("services/proposals/target/samskap-proposals.jar"), logs,
            postgres, database, proposalsSchema, kafka, topicPrefix);
        var gateway = deployable("gateway", ROOT.resolve("gateway/app/target/samskap-gateway.jar"), logs,
            postgres, database, gatewaySchema, kafka, topicPrefix);
        proposals.start();
        gateway.start();
        return new RunningPlatform(proposals, gateway);
    }

    private static ServiceProcess deployable(String name, Path jar, Path logs, PostgresServer postgres, String database,
                                             String schema, String kafka, String topicPrefix) {
        var environment = new HashMap<String, String>(Map.of(
            "SAMSKAP_DB_URL", postgres.jdbcUrl(database, schema),
            "SAMSKAP_DB_USER", postgres.user(),
            "SAMSKAP_DB_PASSWORD", postgres.password(),
            "SAMSKAP_DB_SCHEMA", schema,
            "KAFKA_BOOTSTRAP_SERVERS", kafka,
            "SAMSKAP_TOPIC_PREFIX", topicPrefix));
        environment.putAll(TestInfrastructure.GENEROUS_RATE_LIMITS);
        environment.putAll(TestTokens.shared().environment());
        return new ServiceProcess(name, schema, jar, FreePorts.next(), environment, logs);
    }

    /** Submits as a resident of the municipality, with a token signed by the test signer the services trust. */
    HttpResponse<String> submitIdea(String author, String municipality, String title) throws IOException, InterruptedException {
        var body = "{\"title\":\"" + title + "\",\"body\":\"Fra systemtesten\",\"serviceArea\":\"kulturhus\"}";
        return HTTP.send(HttpRequest.newBuilder(proposals.uri("/ideas"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + TestTokens.shared().resident(author, municipality))
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(URI uri, String token, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    }

    static String idOf(HttpResponse<String> created) {
        var location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Override
    public void close() throws InterruptedException {
        gateway.close();
        proposals.close();
    }
}
