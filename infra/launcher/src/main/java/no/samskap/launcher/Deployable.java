package no.samskap.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * A program the launcher starts as {@code java -jar}, with its own HTTP port and database schema.
 *
 * @param jarPath relative to the repository root
 * @param extraEnv environment variables this deployable needs besides the ones every deployable gets
 */
record Deployable(String name, Path jarPath, int port, String schema, Map<String, String> extraEnv) {

    Deployable {
        extraEnv = Map.copyOf(extraEnv);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The gateway, where people open Samskap and log in. */
    boolean isEntryPoint() {
        return name.equals(Deployables.ENTRY_POINT);
    }

    String portVariable() {
        return PortSettings.variableFor(name);
    }
}
