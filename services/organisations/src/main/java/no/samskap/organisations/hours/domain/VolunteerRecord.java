package no.samskap.organisations.hours.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.domain.AssociationId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A volunteer's approved hours per organisation and role, as admissions offices ask for them (Samordna opptak counts
 * voluntary work as practice): start and end dates, total hours and hours per week, and the skills the work used.
 */
public record VolunteerRecord(List<Engagement> engagements, double totalHours) {

    /** Who approved the work: an association, or the municipality's staff for a volunteer's own offer. */
    public record Organisation(AssociationId associationId, MunicipalityNumber municipality) {

        public boolean isAnAssociation() {
            return associationId != null;
        }
    }

    /** Approved hours on one day, with the skills of the offer they were logged against. */
    public record ApprovedWork(Organisation organisation, String role, LocalDate date, double hours,
                               List<String> skills) {
    }

    public record Engagement(Organisation organisation, String role, LocalDate startDate, LocalDate endDate,
                             double totalHours, double hoursPerWeek, List<String> skills) {
    }

    private record Key(Organisation organisation, String role) {
    }

    public static VolunteerRecord of(List<ApprovedWork> work) {
        var byEngagement = new LinkedHashMap<Key, List<ApprovedWork>>();
        work.stream().sorted(Comparator.comparing(ApprovedWork::date))
            .forEach(day -> byEngagement.computeIfAbsent(new Key(day.organisation(), day.role()),
                key -> new ArrayList<>()).add(day));
        var engagements = byEngagement.entrySet().stream().map(VolunteerRecord::engagement)
            .sorted(Comparator.comparing(Engagement::startDate).thenComparing(Engagement::role)).toList();
        return new VolunteerRecord(engagements, engagements.stream().mapToDouble(Engagement::totalHours).sum());
    }

    /** The organisations in the order their first engagement began, each once. */
    public List<Organisation> organisations() {
        return engagements.stream().map(Engagement::organisation).distinct().toList();
    }

    public List<Engagement> engagementsWith(Organisation organisation) {
        return engagements.stream().filter(engagement -> Objects.equals(engagement.organisation(), organisation))
            .toList();
    }

    private static Engagement engagement(Map.Entry<Key, List<ApprovedWork>> entry) {
        var days = entry.getValue();
        var start = days.get(0).date();
        var end = days.get(days.size() - 1).date();
        var total = days.stream().mapToDouble(ApprovedWork::hours).sum();
        var skills = new LinkedHashSet<String>();
        days.forEach(day -> skills.addAll(day.skills()));
        return new Engagement(entry.getKey().organisation(), entry.getKey().role(), start, end, total,
            perWeek(total, start, end), List.copyOf(skills));
    }

    /** Total hours spread over the weeks from the first day to the last, counting at least one week. */
    static double perWeek(double total, LocalDate start, LocalDate end) {
        var weeks = Math.max(1.0, (ChronoUnit.DAYS.between(start, end) + 1) / 7.0);
        return BigDecimal.valueOf(total / weeks).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
