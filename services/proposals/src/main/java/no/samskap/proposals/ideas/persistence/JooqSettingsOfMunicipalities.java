package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.ChoiceNames;
import no.samskap.proposals.ideas.domain.Municipality;
import no.samskap.proposals.ideas.domain.MunicipalitySettings;
import no.samskap.proposals.ideas.domain.ServiceArea;
import no.samskap.proposals.ideas.domain.SettingsOfMunicipalities;
import no.samskap.proposals.ideas.domain.StrategicValue;
import org.jooq.DSLContext;

import java.util.List;

@Singleton
class JooqSettingsOfMunicipalities implements SettingsOfMunicipalities {

    private final DSLContext sql;

    JooqSettingsOfMunicipalities(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public MunicipalitySettings of(Municipality municipality) {
        var row = sql.fetchOne("""
                select moderation, support_threshold, report_threshold, service_areas, name, response_reminder_days
                from municipality_settings where municipality = ?""", municipality.number());
        if (row == null) {
            return MunicipalitySettings.defaultsFor(municipality);
        }
        return new MunicipalitySettings(municipality, MunicipalitySettings.Moderation.valueOf(row.get(0, String.class)),
            row.get(1, Integer.class), row.get(2, Integer.class),
            MunicipalitySettings.serviceAreasOf(List.of(row.get(3, String.class).split(","))),
            strategicValuesOf(municipality), row.get(4, String.class), row.get(5, Integer.class));
    }

    @Override
    public void save(MunicipalitySettings settings) {
        var municipality = settings.municipality().number();
        sql.execute("""
                insert into municipality_settings (municipality, moderation, support_threshold, report_threshold,
                                                   service_areas, name, response_reminder_days)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (municipality) do update set moderation = excluded.moderation,
                                                         support_threshold = excluded.support_threshold,
                                                         report_threshold = excluded.report_threshold,
                                                         service_areas = excluded.service_areas,
                                                         name = excluded.name,
                                                         response_reminder_days = excluded.response_reminder_days""",
            municipality, settings.moderation().name(), settings.supportThreshold(), settings.reportThreshold(),
            String.join(",", settings.serviceAreas().stream().map(ServiceArea::code).toList()), settings.name(),
            settings.responseReminderDays());
        sql.execute("delete from municipality_strategic_value where municipality = ?", municipality);
        var values = settings.strategicValues();
        for (var position = 0; position < values.size(); position++) {
            var names = values.get(position).names();
            sql.execute("""
                    insert into municipality_strategic_value (municipality, position, code, name, name_nn, name_en)
                    values (?, ?, ?, ?, ?, ?)""",
                municipality, position, values.get(position).code(), names.nb(), names.nn(), names.en());
        }
    }

    private List<StrategicValue> strategicValuesOf(Municipality municipality) {
        return sql.fetch("""
                select code, name, name_nn, name_en from municipality_strategic_value where municipality = ?
                order by position""", municipality.number())
            .map(row -> new StrategicValue(row.get(0, String.class), new ChoiceNames(row.get(1, String.class),
                row.get(2, String.class), row.get(3, String.class))));
    }
}
