package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.ChoiceNames;
import no.samskap.proposals.ideas.domain.Municipality;
import no.samskap.proposals.ideas.domain.MunicipalitySettings;
import no.samskap.proposals.ideas.domain.ServiceArea;
import no.samskap.proposals.ideas.domain.SettingsOfMunicipalities;
import no.samskap.proposals.ideas.domain.StrategicValue;
import no.samskap.platform.jdbc.TransactionStatements;
import org.jooq.DSLContext;

import java.util.List;

@Singleton
class JooqSettingsOfMunicipalities implements SettingsOfMunicipalities {

    private final DSLContext sql;
    private final TransactionStatements statements;

    JooqSettingsOfMunicipalities(DSLContext sql, TransactionStatements statements) {
        this.sql = sql;
        this.statements = statements;
    }

    @Override
    public MunicipalitySettings of(Municipality municipality) {
        // Read by every submission: on the transaction's connection rather than through jOOQ (ADR 0071).
        var row = statements.first("""
                select moderation, support_threshold, report_threshold, service_areas, name, response_reminder_days
                from municipality_settings where municipality = ?""", found -> new SettingsRow(found.getString(1),
                found.getObject(2, Integer.class), found.getObject(3, Integer.class), found.getString(4),
                found.getString(5), found.getObject(6, Integer.class)), municipality.number());
        if (row.isEmpty()) {
            return MunicipalitySettings.defaultsFor(municipality);
        }
        var settings = row.get();
        return new MunicipalitySettings(municipality, MunicipalitySettings.Moderation.valueOf(settings.moderation()),
            settings.supportThreshold(), settings.reportThreshold(),
            MunicipalitySettings.serviceAreasOf(List.of(settings.serviceAreas().split(","))),
            strategicValuesOf(municipality), settings.name(), settings.responseReminderDays());
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
        return statements.list("""
                select code, name, name_nn, name_en from municipality_strategic_value where municipality = ?
                order by position""", row -> new StrategicValue(row.getString(1), new ChoiceNames(row.getString(2),
                row.getString(3), row.getString(4))), municipality.number());
    }

    private record SettingsRow(String moderation, Integer supportThreshold, Integer reportThreshold,
                               String serviceAreas, String name, Integer responseReminderDays) {
    }
}
