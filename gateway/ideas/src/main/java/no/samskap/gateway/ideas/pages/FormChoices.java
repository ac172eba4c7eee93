package no.samskap.gateway.ideas.pages;

import jakarta.inject.Singleton;
import no.samskap.gateway.shell.municipalities.MunicipalityDirectory;
import no.samskap.gateway.shell.web.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The service areas and strategic values an idea form offers: the municipality's own, from the proposals service,
 * named in the page's language as the gateway's copy of the municipality names them (proposals' bokmål name until the
 * copy has heard of it), and after them the values already chosen that are not on its list (named by their codes): a
 * value the municipality has dropped since stays in sight, so that the author keeps it or unticks it rather than lose
 * it unseen. When the service does not answer, every service area and the chosen values, so the form still works and
 * the service decides when the idea is sent.
 */
@Singleton
final class FormChoices {

    private final ProposalsReading proposals;
    private final MunicipalityDirectory municipalities;

    FormChoices(ProposalsReading proposals, MunicipalityDirectory municipalities) {
        this.proposals = proposals;
        this.municipalities = municipalities;
    }

    ProposalsReading.IdeaChoices of(String municipality, IdeaForm form, Language language) {
        var offered = proposals.choices(municipality)
            .orElseGet(() -> new ProposalsReading.IdeaChoices(BoardSearch.SERVICE_AREAS, List.of()));
        var names = municipalities.strategicValueNames(municipality, language).orElse(Map.of());
        var codes = offered.strategicValues().stream().map(ProposalsReading.StrategicValue::code).toList();
        var values = new ArrayList<ProposalsReading.StrategicValue>();
        offered.strategicValues().forEach(value -> values.add(new ProposalsReading.StrategicValue(value.code(),
            names.getOrDefault(value.code(), value.name()))));
        form.strategicValues().stream().filter(code -> !codes.contains(code))
            .forEach(code -> values.add(new ProposalsReading.StrategicValue(code, code)));
        return new ProposalsReading.IdeaChoices(offered.serviceAreas(), values);
    }
}
