package no.samskap.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

final class Ports {

    private Ports() {
    }

    /** Binds on all interfaces, as the services do, so a port taken on any of them counts as taken. */
    static boolean isFree(int port) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
