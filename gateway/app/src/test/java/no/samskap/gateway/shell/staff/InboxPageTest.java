package no.samskap.gateway.shell.staff;

import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InboxPageTest {

    private static final StaffMember VIEWER = new StaffMember("staff-1", "rana-staff", "1833");

    @Test
    void namesTheMunicipalityItServesRatherThanItsNumber() {
        var view = new InboxView(VIEWER, new Texts(Language.BOKMAL), "t".repeat(43), LocalDate.of(2026, 12, 6),
            Optional.empty());

        var html = InboxPage.render(view, "Rana", List.of(), Optional.empty());

        assertTrue(html.contains("Saker i Rana som venter på behandling."), html);
        assertFalse(html.contains("kommune 1833"));
    }
}
