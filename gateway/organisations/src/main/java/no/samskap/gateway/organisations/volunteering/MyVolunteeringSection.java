package no.samskap.gateway.organisations.volunteering;

import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.members.Memberships;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;

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
        var search = admin ? "  <li><a class=\"ds-link\" id=\"volunteer-search-link\" href=\""
            + VolunteerSearchController.PATH + "\">" + texts.text("vol.me.search") + "</a></li>\n" : "";
        return Optional.of("""
            <p>%s</p>
            <ul class="ds-list">
              <li><a class="ds-link" id="volunteer-profile-link" href="%s">%s</a></li>
              <li><a class="ds-link" id="volunteer-record-link" href="/meg/frivillighetsbevis">%s</a></li>
              <li><a class="ds-link" id="my-hours-link" href="/meg/timer">%s</a></li>
              <li><a class="ds-link" id="help-requests-link" href="/hjelp-trengs">%s</a></li>
              <li><a class="ds-link" id="my-attest-requests-link" href="/meg/politiattest">%s</a></li>
            %s</ul>
            """.formatted(texts.text("vol.me.intro"), VolunteerProfileForm.PATH, texts.text("vol.me.profile"),
            texts.text("vol.me.record"), texts.text("vol.me.hours"), texts.text("vol.me.requests"), texts.text("vol.me.attests"), search));
    }
}
