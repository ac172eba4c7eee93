package no.samskap.gateway.events.live;

import jakarta.inject.Singleton;
import no.samskap.gateway.shell.live.LiveEvent;
import no.samskap.gateway.shell.live.LiveStream;
import no.samskap.gateway.shell.live.LiveViewer;
import no.samskap.gateway.shell.web.Audience;
import reactor.core.publisher.Flux;

import java.util.Map;
import java.util.regex.Pattern;

/** Live changes of one public event, for anyone: its seats as they are taken and freed, its facts and shifts. */
@Singleton
final class SeatsStream implements LiveStream {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final EventChanges changes;

    SeatsStream(EventChanges changes) {
        this.changes = changes;
    }

    @Override
    public String path() {
        return "/api/events/changes";
    }

    @Override
    public Audience audience() {
        return Audience.ANYONE;
    }

    @Override
    public String description() {
        return "One event-changed event per change of a public event: change is seats (with freeSeats, null when"
            + " unlimited, and waiting), event (its facts or status) or shifts; the id is the event's.";
    }

    @Override
    public Map<String, String> queryParameters() {
        return Map.of("event", "The event's id.");
    }

    @Override
    public Flux<LiveEvent> events(LiveViewer viewer) {
        var event = viewer.required("event", id -> UUID.matcher(id).matches(), "must be an event's id").toLowerCase();
        return changes.ofEvent(event).map(change -> new LiveEvent("event-changed", change.eventId(), change));
    }
}
