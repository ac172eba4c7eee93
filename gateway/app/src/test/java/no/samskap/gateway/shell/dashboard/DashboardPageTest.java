package no.samskap.gateway.shell.dashboard;

import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DashboardPageTest {

    @Test
    void headsThePageWithTheMunicipalitysNameNotItsNumber() {
        var period = new Period(null, LocalDate.of(2026, 12, 6));

        var html = DashboardPage.render("Rana", period, Map.of(), new Texts(Language.NYNORSK));

        assertTrue(html.contains(">Dashbord for Rana</h1>"), html);
        assertFalse(html.contains("kommune 1833"));
    }
}
