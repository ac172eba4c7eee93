package no.samskap.gateway.shell.live;

/** One Server-Sent Event of a live stream: its name (what listeners listen for), its id and its data, sent as JSON. */
public record LiveEvent(String name, String id, Object data) {
}
