package no.samskap.bench.http;

import java.net.URI;

/** Where the platform under test answers, and the PostgreSQL its services write to. */
record Target(URI gateway, URI proposals, URI keycloak, String databaseHost, int databasePort, String database) {

    /** A platform that runs already: its addresses given, the rest the start command's way. */
    static Target running(Arguments arguments, Ports ports) {
        return new Target(URI.create(arguments.text("gateway", "")),
            URI.create(arguments.text("proposals", Ports.local(ports.proposals()).toString())),
            URI.create(arguments.text("keycloak", Ports.local(ports.keycloak()).toString())),
            arguments.text("db-host", "127.0.0.1"), arguments.number("db-port", 5432),
            arguments.text("db-name", "samskap"));
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + databaseHost + ":" + databasePort + "/" + database;
    }
}
