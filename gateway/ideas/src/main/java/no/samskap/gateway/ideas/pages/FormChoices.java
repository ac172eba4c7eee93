package no.samskap.gateway.ideas.pages;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * The service areas and strategic values an idea form offers: the municipality's own, from the proposals service,
 * and after them the values already chosen that are not on its list (named by their codes): a value the municipality
 * has dropped since stays in sight, so that the author keeps it or unticks it rather than lose it unseen. When the
 * service does not answer, every service area and the chosen values, so the form still works and the service decides
 * when the idea is sent.
 */
@Singleton
final class FormChoices {

    private final ProposalsReading proposals;

    FormChoices(ProposalsReading proposals) {
        this.proposals = proposals;
    }

    ProposalsReading.IdeaChoices of(String municipality, IdeaForm form) {
        var offered = proposals.choices(municipality)
            .orElseGet(() -> new ProposalsReading.IdeaChoices(BoardSearch.SERVICE_AREAS, List.of()));
        var codes = offered.strategicValues().stream().map(ProposalsReading.StrategicValue::code).toList();
        var values = new ArrayList<>(offered.strategicValues());
        form.strategicValues().stream().filter(code -> !codes.contains(code))
            .forEach(code -> values.add(new ProposalsReading.StrategicValue(code, code)));
        return new ProposalsReading.IdeaChoices(offered.serviceAreas(), values);
    }
}
