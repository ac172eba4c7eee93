package no.samskap.gateway.events.organisers;

import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.Audience;
import no.samskap.gateway.shell.web.PagePanel;
import no.samskap.gateway.shell.web.PanelViewer;

import java.util.Optional;

/**
 * On an idea's page, for the municipality's staff: make a draft event from the idea in one step. The events service
 * refuses an idea that is not accepted or not theirs, and the refusal is shown in the page's language.
 */
@Singleton
class IdeaToEventPanel implements PagePanel {

    @Override
    public String page() {
        return "idea";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<String> content(String ideaId, PanelViewer viewer) {
        if (!Audience.STAFF.admits(viewer.signedIn()) || OrganiserPagesController.uuid(ideaId).isEmpty()) {
            return Optional.empty();
        }
        var texts = viewer.texts();
        return Optional.of("""
            <section class="idea-to-event" aria-labelledby="idea-to-event-heading">
              <h2 class="ds-heading" data-size="xs" id="idea-to-event-heading">%s</h2>
              <p>%s</p>
            %s</section>
            """.formatted(texts.text("evo.idea.heading"), texts.text("evo.idea.text"),
            OrganiserPagesController.postTo("/arrangementer/fra-ide/" + ideaId, texts.text("evo.idea.button"),
                "primary", viewer.csrfToken())));
    }
}
