package no.samskap.feedback.moderation.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.feedback.feedback.domain.Refusal;
import no.samskap.feedback.moderation.domain.ModerationSettings;
import no.samskap.feedback.moderation.domain.SettingsOfMunicipalities;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;

/** The municipality's staff read its feedback settings; its admins change them. */
@Singleton
public class ModerationSettingsAdministration {

    private final SettingsOfMunicipalities settings;

    ModerationSettingsAdministration(SettingsOfMunicipalities settings) {
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public ModerationSettings read(SignedInPerson staff, String municipality) {
        ModerationQueue.requireStaffOf(staff, municipality);
        return settings.of(municipality);
    }

    @Transactional
    public ModerationSettings change(SignedInPerson admin, String municipality, Integer reportThreshold) {
        ModerationQueue.requireStaffOf(admin, municipality);
        if (!admin.roles().contains(Roles.ADMIN)) {
            throw Refusal.rule(Refusal.Kind.FORBIDDEN, "admin-only", null,
                "only the municipality's admins change its feedback settings");
        }
        var changed = ModerationSettings.of(municipality, reportThreshold);
        settings.save(changed);
        return changed;
    }
}
