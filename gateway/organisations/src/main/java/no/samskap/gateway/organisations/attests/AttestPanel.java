package no.samskap.gateway.organisations.attests;

import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.members.Memberships;
import no.samskap.gateway.shell.web.PagePanel;
import no.samskap.gateway.shell.web.PanelViewer;

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
        var texts = viewer.texts();
        var base = "/foreninger/" + association + "/politiattest";
        var appoint = Memberships.ADMIN.equals(role.get())
            ? "  <li><a class=\"ds-link\" id=\"attest-officers-link\" href=\"" + base + "/ansvarlige\">"
                + texts.text("vol.attest.officers.link") + "</a></li>\n" : "";
        return Optional.of("""
            <section id="association-attest" aria-labelledby="association-attest-heading">
            <h2 class="ds-heading" data-size="sm" id="association-attest-heading">%s</h2>
            <p>%s</p>
            <ul class="ds-list">
              <li><a class="ds-link" id="attest-requests-link" href="%s/foresporsler">%s</a></li>
              <li><a class="ds-link" id="attest-sightings-link" href="%s">%s</a></li>
            %s</ul>
            </section>
            """.formatted(texts.text("vol.attest.panel.heading"), texts.text("vol.attest.panel.intro"), base,
            texts.text("vol.attest.requests.link"), base, texts.text("vol.attest.sightings.link"), appoint));
    }
}
