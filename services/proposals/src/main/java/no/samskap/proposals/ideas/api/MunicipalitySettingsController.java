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
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.application.MunicipalityAdministration;
import no.samskap.proposals.ideas.domain.MunicipalitySettings;

import java.util.Locale;

/** A municipality's settings for ideas: moderation mode and the support threshold for assessment. */
@Controller("/municipalities/{municipality}/settings")
@Secured({Roles.STAFF, Roles.ADMIN})
class MunicipalitySettingsController {

    @Serdeable
    record SettingsView(String municipality, String moderation, Integer supportThreshold) {

        static SettingsView of(MunicipalitySettings settings) {
            return new SettingsView(settings.municipality().number(),
                settings.moderation().name().toLowerCase(Locale.ROOT), settings.supportThreshold());
        }
    }

    @Serdeable
    record SettingsChange(@NotNull @Pattern(regexp = "pre|post", message = "must be pre or post") String moderation,
                          @Nullable @Min(1) @Max(1_000_000) Integer supportThreshold) {
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
        return SettingsView.of(administration.change(SignedInPerson.of(authentication), municipality,
            MunicipalitySettings.Moderation.valueOf(change.moderation().toUpperCase(Locale.ROOT)), change.supportThreshold()));
    }
}
