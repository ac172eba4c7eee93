package no.samskap.gateway.ideas.pages;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What a person typed into the idea form, kept exactly as typed so a refused form comes back with all of it. The
 * proposals service checks it; this only shapes it into the service's JSON, leaving out what was left empty.
 */
record IdeaForm(String title, String body, String serviceArea, List<String> strategicValues, List<String> targetGroups,
                String costModel, String place) {

    static final List<String> FIELDS =
        List.of("title", "body", "serviceArea", "strategicValues", "targetGroups", "costModel", "place");
    static final List<String> TARGET_GROUPS = List.of("barn", "ungdom", "voksne", "eldre", "alle");
    static final List<String> COST_MODELS = List.of("for-alle", "for-noen");

    static final IdeaForm EMPTY = new IdeaForm("", "", "", List.of(), List.of(), "for-alle", "");

    static IdeaForm from(FormFields fields) {
        return new IdeaForm(fields.one("title"), fields.one("body"), fields.one("serviceArea"),
            fields.all("strategicValues"), fields.all("targetGroups"), fields.one("costModel"), fields.one("place"));
    }

    static IdeaForm of(ProposalsReading.IdeaForViewer idea) {
        return new IdeaForm(idea.title(), idea.body(), idea.serviceArea(),
            idea.strategicValues() == null ? List.of() : idea.strategicValues(),
            idea.targetGroups() == null ? List.of() : idea.targetGroups(),
            idea.costModel() == null ? "" : idea.costModel(), idea.place() == null ? "" : idea.place());
    }

    /** A submission leaves out what was not chosen, so the service gives it its defaults. */
    Json json() {
        return json(strategicValues.isEmpty() ? null : strategicValues, targetGroups.isEmpty() ? null : targetGroups,
            null);
    }

    /**
     * On an edit the boxes start ticked as the idea has them, so an unticked box is meant: the lists go as they are,
     * an empty one included (the service clears the strategic values and refuses an idea for nobody), and an emptied
     * place field means the idea has no place any more, which the service is told explicitly.
     */
    Json editJson() {
        return json(strategicValues, targetGroups, place.isBlank() ? Boolean.TRUE : null);
    }

    private Json json(List<String> chosenValues, List<String> chosenGroups, Boolean clearPlace) {
        return new Json(title, body, serviceArea.isBlank() ? null : serviceArea, chosenValues, chosenGroups,
            costModel.isBlank() ? null : costModel, place.isBlank() ? null : place, clearPlace);
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Json(String title, String body, @Nullable String serviceArea, @Nullable List<String> strategicValues,
                @Nullable List<String> targetGroups, @Nullable String costModel, @Nullable String place,
                @Nullable Boolean clearPlace) {
    }
}
