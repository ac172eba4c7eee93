package no.samskap.launcher;

import com.sun.net.httpserver.HttpServer;
import no.samskap.runtime.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthProbeTest {

    private final HealthProbe probe = new HealthProbe();
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void isHealthyWhenHealthAnswers200() throws IOException {
        assertTrue(probe.isHealthy(serveHealthWith(200)));
    }

    @Test
    void isNotHealthyWhileHealthAnswers503() throws IOException {
        assertFalse(probe.isHealthy(serveHealthWith(503)));
    }

    @Test
    void isNotHealthyWhenNothingListens() {
        assertFalse(probe.isHealthy(FreePorts.next()));
    }

    private int serveHealthWith(int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health", exchange -> {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return server.getAddress().getPort();
    }
}
