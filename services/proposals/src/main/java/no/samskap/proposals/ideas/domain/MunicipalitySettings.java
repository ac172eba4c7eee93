package no.samskap.proposals.ideas.domain;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * How a municipality runs its ideas: pre-moderation holds each idea until a moderator publishes it,
 * post-moderation publishes at once. {@code supportThreshold}, when set, marks ideas with that many
 * supports as qualifying for assessment. A comment with {@code reportThreshold} open reports is hidden
 * until staff review it. Ideas choose among the {@code serviceAreas} it offers and the
 * {@code strategicValues} its culture plan pursues. {@code name} is what every page calls the municipality; null
 * until its admin sets it, and pages show the kommunenummer meanwhile. Whoever committed a response date is reminded
 * {@code responseReminderDays} before it.
 */
public record MunicipalitySettings(Municipality municipality, Moderation moderation, Integer supportThreshold,
                                   int reportThreshold, List<ServiceArea> serviceAreas,
                                   List<StrategicValue> strategicValues, String name, int responseReminderDays) {

    public static final int DEFAULT_REPORT_THRESHOLD = 3;
    public static final int STRATEGIC_VALUES_MAX = 20;
    public static final int NAME_MAX = 100;
    public static final int DEFAULT_RESPONSE_REMINDER_DAYS = 7;
    public static final int RESPONSE_REMINDER_DAYS_MAX = 90;
    public static final List<ServiceArea> ALL_SERVICE_AREAS = List.of(ServiceArea.values());

    public enum Moderation { PRE, POST }

    public MunicipalitySettings {
        if (reportThreshold < 1) {
            throw new InvalidIdeaException("reportThreshold", "must be 1 or more");
        }
        serviceAreas = serviceAreas == null ? ALL_SERVICE_AREAS : List.copyOf(serviceAreas);
        if (serviceAreas.isEmpty() || new HashSet<>(serviceAreas).size() != serviceAreas.size()) {
            throw new InvalidIdeaException("serviceAreas", "must name at least one service area, each once");
        }
        strategicValues = strategicValues == null ? List.of() : List.copyOf(strategicValues);
        if (strategicValues.size() > STRATEGIC_VALUES_MAX) {
            throw new InvalidIdeaException("strategicValues", "at most " + STRATEGIC_VALUES_MAX + " values");
        }
        if (strategicValues.stream().map(StrategicValue::code).distinct().count() != strategicValues.size()) {
            throw new InvalidIdeaException("strategicValues", "each code may appear once");
        }
        name = name == null ? null : Texts.requireLength("name", name, 1, NAME_MAX);
        if (responseReminderDays < 1 || responseReminderDays > RESPONSE_REMINDER_DAYS_MAX) {
            throw new InvalidIdeaException("responseReminderDays", "must be 1 to " + RESPONSE_REMINDER_DAYS_MAX);
        }
    }

    public MunicipalitySettings(Municipality municipality, Moderation moderation, Integer supportThreshold,
                                int reportThreshold, List<ServiceArea> serviceAreas, List<StrategicValue> strategicValues,
                                String name) {
        this(municipality, moderation, supportThreshold, reportThreshold, serviceAreas, strategicValues, name,
            DEFAULT_RESPONSE_REMINDER_DAYS);
    }

    public MunicipalitySettings(Municipality municipality, Moderation moderation, Integer supportThreshold,
                                int reportThreshold, List<ServiceArea> serviceAreas, List<StrategicValue> strategicValues) {
        this(municipality, moderation, supportThreshold, reportThreshold, serviceAreas, strategicValues, null);
    }

    public MunicipalitySettings(Municipality municipality, Moderation moderation, Integer supportThreshold,
                                int reportThreshold) {
        this(municipality, moderation, supportThreshold, reportThreshold, ALL_SERVICE_AREAS, List.of());
    }

    public static MunicipalitySettings defaultsFor(Municipality municipality) {
        return new MunicipalitySettings(municipality, Moderation.POST, null, DEFAULT_REPORT_THRESHOLD);
    }

    /** The service areas named by their codes; an unknown code is refused, nothing is guessed. */
    public static List<ServiceArea> serviceAreasOf(List<String> codes) {
        return codes == null ? ALL_SERVICE_AREAS : codes.stream().map(code -> ServiceArea.fromCode(code).orElseThrow(
            () -> new InvalidIdeaException("serviceAreas", "unknown service area '" + code + "'; known are "
                + String.join(", ", Arrays.stream(ServiceArea.values()).map(ServiceArea::code).toList())))).toList();
    }

    public boolean offers(ServiceArea area) {
        return serviceAreas.contains(area);
    }

    public boolean pursues(String strategicValueCode) {
        return strategicValues.stream().anyMatch(value -> value.code().equals(strategicValueCode));
    }

    public boolean qualifies(int supportCount) {
        return supportThreshold != null && supportCount >= supportThreshold;
    }
}
