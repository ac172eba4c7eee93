package no.samskap.seeds;

import java.util.List;

/**
 * A municipality's settings for ideas as its admin would first set them: its name, moderation mode ({@code pre} or
 * {@code post}), an optional support threshold, the service areas it offers (all when left out) and the strategic
 * values of its culture plan, each named in bokmål, nynorsk and English; and its population, from which an
 * innbyggerforslag's threshold is counted (none set when null).
 */
public record DemoMunicipality(String municipality, String name, String moderation, Integer supportThreshold,
                               List<String> serviceAreas, List<StrategicValue> strategicValues, Integer population) {

    public record StrategicValue(String code, Names names) {
    }

    public record Names(String nb, String nn, String en) {
    }

    public DemoMunicipality {
        serviceAreas = serviceAreas == null ? null : List.copyOf(serviceAreas);
        strategicValues = strategicValues == null ? List.of() : List.copyOf(strategicValues);
    }

    public DemoMunicipality(String municipality, String name, String moderation, Integer supportThreshold,
                            List<String> serviceAreas, List<StrategicValue> strategicValues) {
        this(municipality, name, moderation, supportThreshold, serviceAreas, strategicValues, null);
    }
}
