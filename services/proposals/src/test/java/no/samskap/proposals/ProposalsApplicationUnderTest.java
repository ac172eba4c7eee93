package no.samskap.proposals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;

import java.util.HashMap;

/** The proposals service on a fresh schema, trusting the test token signer, with a client pointed at it. */
public final class ProposalsApplicationUnderTest implements AutoCloseable {

    public final String schema;
    public final EmbeddedServer server;
    public final HttpClient client;

    public ProposalsApplicationUnderTest(TestInfrastructure infrastructure) {
        schema = infrastructure.freshSchema("proposals");
        var properties = new HashMap<String, Object>(infrastructure.applicationProperties(schema));
        properties.putAll(TestTokens.shared().applicationProperties());
        properties.put("micronaut.server.port", -1);
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        client = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
