package no.samskap.gateway.organisations.volunteering;

import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.members.Memberships;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.Optional;

/** "Frivillig" on "Min side": the way to one's volunteer profile, and for association admins to the search. */
@Singleton
final class MyVolunteeringSection implements MyPageSection {

    static final String ANCHOR = "my-volunteering";

    private final Memberships memberships;

    MyVolunteeringSection(Memberships memberships) {
        this.memberships = memberships;
    }

    @Override
    public Placement placement() {
        return new Placement(ANCHOR, "vol.me.heading", 70);
    }

    @Override
    public Optional<String> content(MyPageViewer viewer) {
        var texts = viewer.texts();
        var admin = memberships.of(viewer.subject()).stream()
            .anyMatch(membership -> Memberships.ADMIN.equals(membership.role()));
        return Optional.of(OrganisationTemplates.render("volunteering/me.jte", new MyVolunteering(
            new TemplateTexts(texts), VolunteerProfileForm.PATH, admin ? VolunteerSearchController.PATH : null)));
    }
}
