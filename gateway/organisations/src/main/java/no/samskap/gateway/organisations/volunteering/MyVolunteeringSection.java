package no.samskap.gateway.organisations.volunteering;

import jakarta.inject.Singleton;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;

import java.util.Optional;

/** "Frivillig" on "Min side": the way to one's volunteer profile and one's volunteer record. */
@Singleton
final class MyVolunteeringSection implements MyPageSection {

    static final String ANCHOR = "my-volunteering";

    @Override
    public Placement placement() {
        return new Placement(ANCHOR, "vol.me.heading", 70);
    }

    @Override
    public Optional<String> content(MyPageViewer viewer) {
        var texts = viewer.texts();
        return Optional.of("""
            <p>%s</p>
            <ul class="ds-list">
              <li><a class="ds-link" id="volunteer-profile-link" href="%s">%s</a></li>
            </ul>
            """.formatted(texts.text("vol.me.intro"), VolunteerProfileForm.PATH, texts.text("vol.me.profile")));
    }
}
