package no.samskap.testkit.fuzz;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiFuzzerTest {

    /** A write, which the HTTP client does not retry by itself. */
    private static final ApiOperation ADD_THING = new ApiOperation("POST", "/things", List.of(),
        Optional.of(new ApiOperation.Body("application/json", Map.of("type", "object"))));
    private static final Callers ANYONE = Callers.withHeaders(List.of(), List.of(Map.of()));

    @Test
    void sendsARequestAgainOnAFreshConnectionWhenTheServerClosedTheOneItWentOut() throws Exception {
        try (var server = new ClosingServer(1)) {
            var findings = ApiFuzzer.against(server.base(), List.of(ADD_THING), ANYONE).requestsPerOperation(3)
                .timeLimit(Duration.ZERO).run();

            findings.assertNoFaults();
            assertEquals(3, findings.sent());
            assertTrue(findings.summary().contains("1 resent on a fresh connection"), findings.summary());
        }
    }

    @Test
    void countsAServerThatClosesAFreshConnectionWithoutAnsweringAsAFault() throws Exception {
        try (var server = new ClosingServer(Integer.MAX_VALUE)) {
            var findings = ApiFuzzer.against(server.base(), List.of(ADD_THING), ANYONE).requestsPerOperation(3)
                .timeLimit(Duration.ZERO).run();

            var failure = assertThrows(AssertionError.class, findings::assertNoFaults);
            assertTrue(failure.getMessage().contains("no whole answer"), failure.getMessage());
        }
    }

    /** Closes the connection of its first few requests without a word, then answers each with a problem. */
    private static final class ClosingServer implements AutoCloseable {

        private static final byte[] PROBLEM = ("HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\n"
            + "Content-Length: 2\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII);

        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final AtomicInteger leftToDrop;
        private final Thread acceptor = new Thread(this::serve, "closing-server");

        ClosingServer(int dropped) throws IOException {
            this.leftToDrop = new AtomicInteger(dropped);
            acceptor.setDaemon(true);
            acceptor.start();
        }

        URI base() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        private void serve() {
            while (!socket.isClosed()) {
                try {
                    var connection = socket.accept();
                    var talk = new Thread(() -> talk(connection));
                    talk.setDaemon(true);
                    talk.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void talk(Socket connection) {
            try (connection) {
                var in = connection.getInputStream();
                while (readHead(in)) {
                    if (leftToDrop.getAndDecrement() > 0) {
                        return;
                    }
                    connection.getOutputStream().write(PROBLEM);
                    connection.getOutputStream().flush();
                }
            } catch (IOException gone) {
                // the client went away; nothing to answer
            }
        }

        private static boolean readHead(InputStream in) throws IOException {
            int matched = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
                if (matched == 4) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
