package no.samskap.organisations.hours.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.domain.AssociationId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VolunteerRecordTest {

    private static final MunicipalityNumber RANA = new MunicipalityNumber("1833");
    private static final VolunteerRecord.Organisation CHOIR =
        new VolunteerRecord.Organisation(AssociationId.random(), RANA);
    private static final VolunteerRecord.Organisation MUNICIPALITY = new VolunteerRecord.Organisation(null, RANA);
    private static final LocalDate DAY = LocalDate.of(2026, 9, 1);

    @Test
    void approvedWorkIsGroupedPerOrganisationAndRoleWithItsFirstAndLastDayAndSkills() {
        var record = VolunteerRecord.of(List.of(
            work(CHOIR, "kafévakt", DAY.plusDays(20), 2, "kafe"),
            work(CHOIR, "kafévakt", DAY, 3, "kafe", "vakt"),
            work(MUNICIPALITY, "lyd", DAY.plusDays(3), 1.5, "lyd-lys"),
            work(CHOIR, "rigging", DAY.plusDays(10), 4)));

        assertEquals(10.5, record.totalHours());
        assertEquals(List.of(CHOIR, MUNICIPALITY), record.organisations());
        var cafe = record.engagementsWith(CHOIR).get(0);
        assertEquals("kafévakt", cafe.role());
        assertEquals(DAY, cafe.startDate());
        assertEquals(DAY.plusDays(20), cafe.endDate());
        assertEquals(5.0, cafe.totalHours());
        assertEquals(List.of("kafe", "vakt"), cafe.skills());
        assertEquals("rigging", record.engagementsWith(CHOIR).get(1).role());
    }

    @Test
    void hoursPerWeekSpreadTheTotalOverTheWeeksWorkedAndOneDayCountsAsAWeek() {
        assertEquals(4.0, VolunteerRecord.perWeek(4, DAY, DAY));
        assertEquals(3.0, VolunteerRecord.perWeek(12, DAY, DAY.plusDays(27)));
        assertEquals(1.4, VolunteerRecord.perWeek(5.5, DAY, DAY.plusDays(26)));
    }

    @Test
    void noApprovedWorkMakesAnEmptyRecord() {
        var record = VolunteerRecord.of(List.of());

        assertEquals(List.of(), record.engagements());
        assertEquals(0.0, record.totalHours());
    }

    private static VolunteerRecord.ApprovedWork work(VolunteerRecord.Organisation organisation, String role,
                                                     LocalDate date, double hours, String... skills) {
        return new VolunteerRecord.ApprovedWork(organisation, role, date, hours, List.of(skills));
    }
}
