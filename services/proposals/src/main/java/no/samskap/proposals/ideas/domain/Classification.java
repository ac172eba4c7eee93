package no.samskap.proposals.ideas.domain;

import java.util.List;

/**
 * What an idea is about and for whom: a service area and strategic values the municipality offers, target groups,
 * a cost model and an optional place. Every code is checked, so an idea never carries one nobody can read.
 */
public record Classification(ServiceArea serviceArea, List<String> strategicValues, List<TargetGroup> targetGroups,
                             CostModel costModel, String place) {

    public static final int PLACE_MAX = 120;

    public Classification {
        strategicValues = List.copyOf(strategicValues);
        targetGroups = List.copyOf(targetGroups);
    }

    /** Left-out target groups mean everyone, a left-out cost model free for all, a left-out place none. */
    public static Classification of(MunicipalitySettings offer, String serviceArea, List<String> strategicValues,
                                    List<String> targetGroups, String costModel, String place) {
        return new Classification(serviceAreaOf(offer, serviceArea),
            strategicValuesOf(offer, strategicValues == null ? List.of() : strategicValues, List.of()),
            targetGroupsOf(targetGroups == null ? List.of(TargetGroup.EVERYONE.code()) : targetGroups),
            costModel == null ? CostModel.FREE_FOR_ALL : costModelOf(costModel), place == null ? null : placeOf(place));
    }

    /**
     * Only what the author changes is checked against the offer: a municipality that narrowed its lists since
     * must not block an edit of the title, nor one that sends back a service area or strategic value the idea has.
     */
    public Classification revisedWith(MunicipalitySettings offer, String newServiceArea, List<String> newStrategicValues,
                                      List<String> newTargetGroups, String newCostModel, String newPlace) {
        return new Classification(
            newServiceArea == null || newServiceArea.equals(serviceArea.code()) ? serviceArea
                : serviceAreaOf(offer, newServiceArea),
            newStrategicValues == null ? strategicValues : strategicValuesOf(offer, newStrategicValues, strategicValues),
            newTargetGroups == null ? targetGroups : targetGroupsOf(newTargetGroups),
            newCostModel == null ? costModel : costModelOf(newCostModel),
            newPlace == null ? place : placeOf(newPlace));
    }

    /** The place is optional, so the author may remove it; naming a new place in the same edit is a contradiction. */
    public Classification withoutPlace(String placeAlsoSent) {
        if (placeAlsoSent != null) {
            throw new InvalidIdeaException("clearPlace", "cannot clear the place and set it to '" + placeAlsoSent
                + "' in one edit");
        }
        return new Classification(serviceArea, strategicValues, targetGroups, costModel, null);
    }

    public List<String> targetGroupCodes() {
        return targetGroups.stream().map(TargetGroup::code).toList();
    }

    private static ServiceArea serviceAreaOf(MunicipalitySettings offer, String code) {
        return ServiceArea.fromCode(code).filter(offer::offers).orElseThrow(() -> new InvalidIdeaException(
            "serviceArea", "unknown service area '" + code + "'; this municipality offers "
                + String.join(", ", offer.serviceAreas().stream().map(ServiceArea::code).toList())));
    }

    private static List<String> strategicValuesOf(MunicipalitySettings offer, List<String> codes, List<String> kept) {
        codes.stream().filter(code -> !offer.pursues(code) && !kept.contains(code)).findFirst().ifPresent(unknown -> {
            throw new InvalidIdeaException("strategicValues", "unknown strategic value '" + unknown + "'");
        });
        return codes.stream().distinct().toList();
    }

    private static List<TargetGroup> targetGroupsOf(List<String> codes) {
        if (codes.isEmpty()) {
            throw new InvalidIdeaException("targetGroups", "must name at least one target group");
        }
        return codes.stream().map(code -> TargetGroup.fromCode(code).orElseThrow(() -> new InvalidIdeaException(
            "targetGroups", "unknown target group '" + code + "'; known are barn, ungdom, voksne, eldre, alle")))
            .distinct().toList();
    }

    private static CostModel costModelOf(String code) {
        return CostModel.fromCode(code).orElseThrow(() -> new InvalidIdeaException("costModel",
            "unknown cost model '" + code + "'; known are for-alle and for-noen"));
    }

    private static String placeOf(String place) {
        return Texts.requireLength("place", place, 1, PLACE_MAX);
    }
}
