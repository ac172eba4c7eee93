package no.samskap.gateway.organisations.volunteering;

import no.samskap.gateway.shell.web.TextBundle;

/** The texts of volunteers, politiattest, offers and requests of help and hours: keys beginning with {@code vol.}. */
public final class VolunteeringTexts implements TextBundle {

    @Override
    public String baseName() {
        return "i18n/volunteering";
    }
}
