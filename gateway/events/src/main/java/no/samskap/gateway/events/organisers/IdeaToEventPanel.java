package no.samskap.gateway.events.organisers;

import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.Audience;
import no.samskap.gateway.shell.web.PagePanel;
import no.samskap.gateway.shell.web.PanelViewer;
import no.samskap.gateway.shell.web.TemplateTexts;

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
        return Optional.of(OrganiserPages.TEMPLATES.render("organisers/ideaToEvent.jte",
            new IdeaToEvent(new TemplateTexts(viewer.texts()), ideaId, viewer.csrfToken())));
    }
}
