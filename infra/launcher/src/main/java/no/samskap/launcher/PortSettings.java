package no.samskap.launcher;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** Ports chosen by the developer through {@code SAMSKAP_<NAME>_PORT}, e.g. {@code SAMSKAP_GATEWAY_PORT=18080}. */
final class PortSettings {

    private final Map<String, String> environment;

    PortSettings(Map<String, String> environment) {
        this.environment = environment;
    }

    static String variableFor(String part) {
        return "SAMSKAP_" + part.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_PORT";
    }

    int portFor(String part, int fallback) {
        return chosenPortFor(part).orElse(fallback);
    }

    OptionalInt chosenPortFor(String part) {
        var variable = variableFor(part);
        var value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            var port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return OptionalInt.of(port);
            }
        } catch (NumberFormatException notANumber) {
            // reported below like a number out of range
        }
        throw new StartFailure(part, variable + " must be a port number from 1 to 65535, not '" + value + "'.");
    }
}
