package no.samskap.contract.municipalities;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code municipality-described} v1: the whole current description of a municipality, sent each time its admin
 * changes it, so a consumer keeps the latest and needs no earlier one. {@code name} is null while the admin has not
 * named it. The service areas it offers, the strategic values its culture plan pursues and the target groups it
 * serves each have a code and names in bokmål, nynorsk and English.
 */
public record MunicipalityDescribed(String municipality, String name, List<NamedChoice> serviceAreas,
                                    List<NamedChoice> strategicValues, List<NamedChoice> targetGroups,
                                    Instant describedAt) {

    public MunicipalityDescribed {
        serviceAreas = serviceAreas == null ? List.of() : List.copyOf(serviceAreas);
        strategicValues = strategicValues == null ? List.of() : List.copyOf(strategicValues);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
    }

    public Optional<NamedChoice> serviceArea(String code) {
        return find(serviceAreas, code);
    }

    public Optional<NamedChoice> strategicValue(String code) {
        return find(strategicValues, code);
    }

    public Optional<NamedChoice> targetGroup(String code) {
        return find(targetGroups, code);
    }

    private static Optional<NamedChoice> find(List<NamedChoice> choices, String code) {
        return choices.stream().filter(choice -> choice.code().equals(code)).findFirst();
    }
}
