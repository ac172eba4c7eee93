package no.samskap.gateway.ideas.live;

import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.gateway.shell.live.LiveEvent;
import no.samskap.gateway.shell.live.LiveStream;
import no.samskap.gateway.shell.live.LiveViewer;
import no.samskap.gateway.shell.web.Audience;
import reactor.core.publisher.Flux;

import java.util.Map;

/** Live updates of a municipality's board, for anyone: one {@code idea-changed} event per change of a public idea. */
@Singleton
final class BoardStream implements LiveStream {


    private final BoardChanges changes;

    BoardStream(BoardChanges changes) {
        this.changes = changes;
    }

    @Override
    public String path() {
        return "/api/ideas/changes";
    }

    @Override
    public Audience audience() {
        return Audience.ANYONE;
    }

    @Override
    public String description() {
        return "One idea-changed event, with the idea and the message type, per change of a public idea on the"
            + " municipality's board; the id is the idea's.";
    }

    @Override
    public Map<String, String> queryParameters() {
        return Map.of("municipality", "The municipality's 4-digit kommunenummer.");
    }

    @Override
    public Flux<LiveEvent> events(LiveViewer viewer) {
        var municipality = viewer.required("municipality", MunicipalityNumber::isValid, "must be a 4-digit kommunenummer");
        return changes.of(municipality).map(change -> new LiveEvent("idea-changed", change.ideaId(), change));
    }
}
