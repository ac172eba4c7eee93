package no.samskap.gateway.organisations.attests;

import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.members.Memberships;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.shell.web.PagePanel;
import no.samskap.gateway.shell.web.PanelViewer;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.Optional;
import java.util.UUID;

/**
 * "Politiattest" on an association's page, for its members: the way to the officers' requests and sightings (the
 * service lets only the two officers in), and for its admins the way to appointing those officers.
 */
@Singleton
final class AttestPanel implements PagePanel {

    private final Memberships memberships;

    AttestPanel(Memberships memberships) {
        this.memberships = memberships;
    }

    @Override
    public String page() {
        return "association";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<String> content(String subjectId, PanelViewer viewer) {
        var association = UUID.fromString(subjectId);
        var role = viewer.subject().flatMap(person -> memberships.roleOf(association, person));
        if (role.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(OrganisationTemplates.render("attests/panel.jte", new AttestLinks(
            new TemplateTexts(viewer.texts()), "/foreninger/" + association + "/politiattest",
            Memberships.ADMIN.equals(role.get()))));
    }
}
