package no.samskap.bench.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** The ports the benchmark's own platform listens on, away from the start command's defaults (docs/operating.md). */
record Ports(int gateway, int proposals, int organisations, int events, int feedback, int kafka, int keycloak,
             int register, int mail) {

    static Ports from(Arguments arguments) {
        return new Ports(arguments.number("gateway-port", 8280), arguments.number("proposals-port", 8281),
            arguments.number("organisations-port", 8282), arguments.number("events-port", 8283),
            arguments.number("feedback-port", 8284), arguments.number("kafka-port", 9292),
            arguments.number("keycloak-port", 8380), arguments.number("register-port", 8383),
            arguments.number("mail-port", 2725));
    }

    /** The launcher's variables for them. */
    Map<String, String> environment() {
        var environment = new LinkedHashMap<String, String>();
        environment.put("SAMSKAP_GATEWAY_PORT", String.valueOf(gateway));
        environment.put("SAMSKAP_PROPOSALS_PORT", String.valueOf(proposals));
        environment.put("SAMSKAP_ORGANISATIONS_PORT", String.valueOf(organisations));
        environment.put("SAMSKAP_EVENTS_PORT", String.valueOf(events));
        environment.put("SAMSKAP_FEEDBACK_PORT", String.valueOf(feedback));
        environment.put("SAMSKAP_KAFKA_PORT", String.valueOf(kafka));
        environment.put("SAMSKAP_KEYCLOAK_PORT", String.valueOf(keycloak));
        environment.put("SAMSKAP_REGISTER_PORT", String.valueOf(register));
        environment.put("SAMSKAP_MAIL_PORT", String.valueOf(mail));
        return environment;
    }

    URI gatewayUrl() {
        return local(gateway);
    }

    static URI local(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }
}
