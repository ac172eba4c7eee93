package no.samskap.proposals.ideas.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.application.MunicipalityAdministration;
import no.samskap.proposals.ideas.domain.ChoiceNames;
import no.samskap.proposals.ideas.domain.MunicipalitySettings;
import no.samskap.proposals.ideas.domain.ServiceArea;
import no.samskap.proposals.ideas.domain.StrategicValue;

import java.util.List;
import java.util.Locale;

/**
 * A municipality's settings for ideas: its name, moderation mode, the support threshold for assessment and the number of
 * open reports that hide a comment, the service areas it offers (all seven when left out) and the strategic values
 * ideas may serve (none when left out), each named in bokmål, nynorsk and English ({@code names: {nb, nn, en}}), and
 * how many days before a response date its staff are reminded ({@code responseReminderDays}, 7 when left out). A PUT
 * replaces them all: an optional value left out is the default.
 */
@Controller("/municipalities/{municipality}/settings")
@Secured({Roles.STAFF, Roles.ADMIN})
class MunicipalitySettingsController {

    @Serdeable
    record SettingsView(String municipality, @Nullable String name, String moderation, Integer supportThreshold,
                        int reportThreshold, List<String> serviceAreas, List<StrategicValueView> strategicValues,
                        int responseReminderDays) {

        static SettingsView of(MunicipalitySettings settings) {
            return new SettingsView(settings.municipality().number(), settings.name(),
                settings.moderation().name().toLowerCase(Locale.ROOT), settings.supportThreshold(),
                settings.reportThreshold(), settings.serviceAreas().stream().map(ServiceArea::code).toList(),
                settings.strategicValues().stream().map(StrategicValueView::of).toList(),
                settings.responseReminderDays());
        }
    }

    /** {@code name} is the bokmål one, as before the three names. */
    @Serdeable
    record StrategicValueView(String code, String name, NamesView names) {

        static StrategicValueView of(StrategicValue value) {
            return new StrategicValueView(value.code(), value.name(),
                new NamesView(value.names().nb(), value.names().nn(), value.names().en()));
        }
    }

    @Serdeable
    record NamesView(@Nullable String nb, @Nullable String nn, @Nullable String en) {
    }

    @Serdeable
    record StrategicValueChange(@Nullable String code, @Nullable NamesView names) {

        StrategicValue toValue() {
            return new StrategicValue(code, names == null ? null : new ChoiceNames(names.nb(), names.nn(), names.en()));
        }
    }

    @Serdeable
    record SettingsChange(@Nullable @Size(max = MunicipalitySettings.NAME_MAX) String name,
                          @NotNull @Pattern(regexp = "pre|post", message = "must be pre or post") String moderation,
                          @Nullable @Min(1) @Max(1_000_000) Integer supportThreshold,
                          @Nullable @Min(1) @Max(1_000) Integer reportThreshold,
                          @Nullable @Size(max = 7) List<String> serviceAreas,
                          @Nullable @Size(max = MunicipalitySettings.STRATEGIC_VALUES_MAX)
                          List<StrategicValueChange> strategicValues,
                          @Nullable @Min(1) @Max(MunicipalitySettings.RESPONSE_REMINDER_DAYS_MAX)
                          Integer responseReminderDays) {
    }

    private final MunicipalityAdministration administration;

    MunicipalitySettingsController(MunicipalityAdministration administration) {
        this.administration = administration;
    }

    @Get
    SettingsView settings(Authentication authentication, @PathVariable String municipality) {
        return SettingsView.of(administration.settingsOf(SignedInPerson.of(authentication), municipality));
    }

    @Put
    @Consumes(MediaType.APPLICATION_JSON)
    SettingsView change(Authentication authentication, @PathVariable String municipality,
                        @Body @Valid SettingsChange change) {
        return SettingsView.of(administration.change(SignedInPerson.of(authentication), municipality, change.name(),
            MunicipalitySettings.Moderation.valueOf(change.moderation().toUpperCase(Locale.ROOT)), change.supportThreshold(),
            change.reportThreshold() == null ? MunicipalitySettings.DEFAULT_REPORT_THRESHOLD : change.reportThreshold(),
            change.serviceAreas(), change.strategicValues() == null ? List.of()
                : change.strategicValues().stream().map(StrategicValueChange::toValue).toList(),
            change.responseReminderDays() == null ? MunicipalitySettings.DEFAULT_RESPONSE_REMINDER_DAYS
                : change.responseReminderDays()));
    }
}
