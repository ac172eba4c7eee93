package no.samskap.gateway.ideas.staff;

import jakarta.inject.Singleton;
import no.samskap.gateway.shell.live.LiveEvent;
import no.samskap.gateway.shell.live.LiveStream;
import no.samskap.gateway.shell.live.LiveViewer;
import no.samskap.gateway.shell.web.Audience;
import reactor.core.publisher.Flux;

/**
 * One {@code inbox-changed} event per committed change of the viewer's municipality's staff inbox; watchers read the
 * inbox again on each. Nobody can ask for another municipality's changes.
 */
@Singleton
final class InboxStream implements LiveStream {

    private final InboxChanges changes;

    InboxStream(InboxChanges changes) {
        this.changes = changes;
    }

    @Override
    public String path() {
        return "/api/staff/inbox/stream";
    }

    @Override
    public Audience audience() {
        return Audience.STAFF;
    }

    @Override
    public String description() {
        return "One inbox-changed event, with the idea and the message type, per committed change of the staff inbox"
            + " of the viewer's own municipality; the id is the idea's.";
    }

    @Override
    public Flux<LiveEvent> events(LiveViewer viewer) {
        var member = StaffInboxController.member(viewer.signedIn());
        return changes.of(member.municipality())
            .map(change -> new LiveEvent("inbox-changed", change.ideaId(), change));
    }
}
