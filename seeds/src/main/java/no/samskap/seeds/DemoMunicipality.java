package no.samskap.seeds;

import java.util.List;

/**
 * A municipality's settings for ideas as its admin would first set them: moderation mode ({@code pre} or
 * {@code post}), an optional support threshold, the service areas it offers (all when left out) and the strategic
 * values of its culture plan.
 */
public record DemoMunicipality(String municipality, String moderation, Integer supportThreshold,
                               List<String> serviceAreas, List<StrategicValue> strategicValues) {

    public record StrategicValue(String code, String name) {
    }

    public DemoMunicipality {
        serviceAreas = serviceAreas == null ? null : List.copyOf(serviceAreas);
        strategicValues = strategicValues == null ? List.of() : List.copyOf(strategicValues);
    }
}
