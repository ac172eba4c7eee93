package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.Municipality;
import no.samskap.proposals.ideas.domain.MunicipalitySettings;
import no.samskap.proposals.ideas.domain.SettingsOfMunicipalities;
import org.jooq.DSLContext;

@Singleton
class JooqSettingsOfMunicipalities implements SettingsOfMunicipalities {

    private final DSLContext sql;

    JooqSettingsOfMunicipalities(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public MunicipalitySettings of(Municipality municipality) {
        var row = sql.fetchOne("""
                select moderation, support_threshold, report_threshold from municipality_settings where municipality = ?""",
            municipality.number());
        return row == null ? MunicipalitySettings.defaultsFor(municipality) : new MunicipalitySettings(municipality,
            MunicipalitySettings.Moderation.valueOf(row.get(0, String.class)), row.get(1, Integer.class),
            row.get(2, Integer.class));
    }

    @Override
    public void save(MunicipalitySettings settings) {
        sql.execute("""
                insert into municipality_settings (municipality, moderation, support_threshold, report_threshold)
                values (?, ?, ?, ?)
                on conflict (municipality) do update set moderation = excluded.moderation,
                                                         support_threshold = excluded.support_threshold,
                                                         report_threshold = excluded.report_threshold""",
            settings.municipality().number(), settings.moderation().name(), settings.supportThreshold(),
            settings.reportThreshold());
    }
}
