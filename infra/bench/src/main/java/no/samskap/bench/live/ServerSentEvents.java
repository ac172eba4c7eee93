package no.samskap.bench.live;

import java.util.Optional;

/**
 * Reads a text/event-stream line by line and hands back each event when the blank line that ends it arrives.
 * Comments (the gateway's keep-alives) and events without data are dropped, as a browser's EventSource drops them.
 */
final class ServerSentEvents {

    record Event(String name, String id, String data) {
    }

    private String name = "message";
    private String id = "";
    private final StringBuilder data = new StringBuilder();

    Optional<Event> read(String line) {
        if (line.isEmpty()) {
            var event = data.length() == 0 ? Optional.<Event>empty()
                : Optional.of(new Event(name, id, data.toString()));
            name = "message";
            id = "";
            data.setLength(0);
            return event;
        }
        if (line.startsWith(":")) {
            return Optional.empty();
        }
        var colon = line.indexOf(':');
        var field = colon < 0 ? line : line.substring(0, colon);
        var value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "event" -> name = value;
            case "id" -> id = value;
            case "data" -> data.append(data.length() == 0 ? "" : "\n").append(value);
            default -> {
                // Unknown fields are ignored, as the specification asks.
            }
        }
        return Optional.empty();
    }
}
