package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.problem.ProblemException;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Municipality;
import no.samskap.proposals.ideas.domain.MunicipalityAdmins;
import no.samskap.proposals.ideas.domain.MunicipalitySettings;
import no.samskap.proposals.ideas.domain.SettingsOfMunicipalities;
import no.samskap.proposals.ideas.domain.StrategicValue;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A municipality's admin chooses its name, moderation mode, thresholds, service areas and strategic values. Each change
 * is published as the municipality's whole description, for every service and the gateway to keep a copy of.
 */
@Singleton
public class MunicipalityAdministration {

    private final SettingsOfMunicipalities settings;
    private final MunicipalityAnnouncements announcements;
    private final MunicipalityAdmins admins;
    private final Clock clock;

    MunicipalityAdministration(SettingsOfMunicipalities settings, MunicipalityAnnouncements announcements,
                               MunicipalityAdmins admins, Clock clock) {
        this.settings = settings;
        this.announcements = announcements;
        this.admins = admins;
        this.clock = clock;
    }

    /**
     * What an idea in the municipality may be about and whether it waits for a moderator: public, since every
     * resident choosing a service area or strategic value on the submit form needs it. Thresholds are not in it.
     */
    @Transactional(readOnly = true)
    public MunicipalitySettings ideaChoicesOf(String municipality) {
        return settings.of(new Municipality(municipality));
    }

    @Transactional(readOnly = true)
    public MunicipalitySettings settingsOf(SignedInPerson person, String municipality) {
        return settings.of(requireStaffOf(person, municipality, false));
    }

    @Transactional
    public MunicipalitySettings change(SignedInPerson admin, String municipality, String name,
                                       MunicipalitySettings.Moderation moderation, Integer supportThreshold,
                                       int reportThreshold, List<String> serviceAreas,
                                       List<StrategicValue> strategicValues, int responseReminderDays) {
        var changed = new MunicipalitySettings(requireStaffOf(admin, municipality, true), moderation, supportThreshold,
            reportThreshold, MunicipalitySettings.serviceAreasOf(serviceAreas), strategicValues, name,
            responseReminderDays);
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        settings.save(changed);
        admins.met(changed.municipality(), admin.subject(), now);
        announcements.described(changed, now);
        return changed;
    }

    private static Municipality requireStaffOf(SignedInPerson person, String municipality, boolean adminOnly) {
        if (!person.municipality().equals(municipality)) {
            throw ProblemException.notFound("municipality", municipality);
        }
        var allowed = adminOnly ? person.roles().contains(Roles.ADMIN) : person.isStaffOf(municipality);
        if (!allowed) {
            throw IdeaAccess.forbidden(adminOnly ? "Only the municipality's admins may change its settings."
                : "Only the municipality's staff may read its settings.");
        }
        return new Municipality(municipality);
    }
}
