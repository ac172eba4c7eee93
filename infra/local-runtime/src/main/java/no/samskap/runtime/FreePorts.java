package no.samskap.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Finds ports on the loopback interface that nothing is listening on right now. */
public final class FreePorts {

    private static final int LOWEST = 20_000;
    private static final int HIGHEST = 32_000;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private FreePorts() {
    }

    /**
     * A random free port below the kernel's ephemeral range. Asking the kernel for port 0 instead tends to hand
     * the port just released to the next process that asks, so a port a test picked for one part could be
     * handed again to another part (in another JVM) before the first bound it.
     */
    public static int next() {
        for (int attempt = 0; attempt < 500; attempt++) {
            var candidate = LOWEST + RANDOM.nextInt(HIGHEST - LOWEST);
            if (isFree(candidate)) {
                return candidate;
            }
        }
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1", e);
        }
    }

    private static boolean isFree(int port) {
        try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    public static boolean isListening(String host, int port) {
        try (var socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
