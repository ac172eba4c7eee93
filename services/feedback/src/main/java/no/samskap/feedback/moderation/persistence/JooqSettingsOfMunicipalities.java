package no.samskap.feedback.moderation.persistence;

import jakarta.inject.Singleton;
import no.samskap.feedback.moderation.domain.ModerationSettings;
import no.samskap.feedback.moderation.domain.SettingsOfMunicipalities;
import org.jooq.DSLContext;

@Singleton
class JooqSettingsOfMunicipalities implements SettingsOfMunicipalities {

    private final DSLContext sql;

    JooqSettingsOfMunicipalities(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public ModerationSettings of(String municipality) {
        return sql.fetchOptional("select report_threshold from feedback_settings where municipality = ?", municipality)
            .map(row -> new ModerationSettings(municipality, row.get(0, Integer.class)))
            .orElseGet(() -> ModerationSettings.defaultsFor(municipality));
    }

    @Override
    public void save(ModerationSettings settings) {
        sql.execute("""
                insert into feedback_settings (municipality, report_threshold) values (?, ?)
                on conflict (municipality) do update set report_threshold = excluded.report_threshold""",
            settings.municipality(), settings.reportThreshold());
    }
}
