package no.samskap.gateway.ideas.dashboard;

import jakarta.inject.Singleton;
import no.samskap.gateway.ideas.pages.ProposalsReading;
import no.samskap.gateway.shell.dashboard.DashboardPanel;
import no.samskap.gateway.shell.dashboard.Period;
import no.samskap.gateway.shell.municipalities.MunicipalityDirectory;
import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;

import java.util.Map;
import java.util.stream.Collectors;

/** The ideas module's panel of the staff dashboard: ideas by status and classification, answer times, participation. */
@Singleton
final class IdeaDashboardPanel implements DashboardPanel {

    private final DashboardReadModel readModel;
    private final ProposalsReading proposals;
    private final MunicipalityDirectory municipalities;

    IdeaDashboardPanel(DashboardReadModel readModel, ProposalsReading proposals, MunicipalityDirectory municipalities) {
        this.readModel = readModel;
        this.proposals = proposals;
        this.municipalities = municipalities;
    }

    @Override
    public String key() {
        return "ideas";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Figures read(String municipality, Period period) {
        var figures = readModel.figures(municipality, period);
        return new Figures() {
            @Override
            public Object json() {
                return figures;
            }

            @Override
            public String html(Texts texts) {
                return DashboardPage.render(figures, texts, strategicValueNames(municipality, texts.language()));
            }
        };
    }

    /**
     * The municipality's own names in the page's language, from the gateway's copy; before the copy has heard of the
     * municipality, proposals' names (bokmål), and none (so the codes) when proposals does not answer either.
     */
    private Map<String, String> strategicValueNames(String municipality, Language language) {
        return municipalities.strategicValueNames(municipality, language).orElseGet(() -> proposals.choices(municipality)
            .map(choices -> choices.strategicValues().stream()
                .collect(Collectors.toMap(ProposalsReading.StrategicValue::code, ProposalsReading.StrategicValue::name,
                    (first, second) -> first)))
            .orElse(Map.of()));
    }
}
