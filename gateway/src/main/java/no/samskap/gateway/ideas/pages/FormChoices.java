package no.samskap.gateway.ideas.pages;

import jakarta.inject.Singleton;

/**
 * The service areas and strategic values an idea form offers: the municipality's own, from the proposals service.
 * When it does not answer, every service area and the values already chosen (named by their codes), so the form
 * still works and the service decides when the idea is sent.
 */
@Singleton
final class FormChoices {

    private final ProposalsReading proposals;

    FormChoices(ProposalsReading proposals) {
        this.proposals = proposals;
    }

    ProposalsReading.IdeaChoices of(String municipality, IdeaForm form) {
        return proposals.choices(municipality).orElseGet(() -> new ProposalsReading.IdeaChoices(BoardSearch.SERVICE_AREAS,
            form.strategicValues().stream().map(code -> new ProposalsReading.StrategicValue(code, code)).toList()));
    }
}
