package no.samskap.proposals.ideas.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.proposals.ideas.application.MunicipalityAdministration;
import no.samskap.proposals.ideas.domain.MunicipalitySettings;
import no.samskap.proposals.ideas.domain.ServiceArea;

import java.util.List;
import java.util.Locale;

/** The public part of a municipality's settings: the choices its submit form offers, and its moderation mode. */
@Controller("/municipalities/{municipality}/idea-choices")
@Secured(SecurityRule.IS_ANONYMOUS)
class IdeaChoicesController {

    @Serdeable
    record IdeaChoices(String municipality, @Nullable String name, String moderation, List<String> serviceAreas,
                       List<MunicipalitySettingsController.StrategicValueView> strategicValues) {

        static IdeaChoices of(MunicipalitySettings settings) {
            return new IdeaChoices(settings.municipality().number(), settings.name(),
                settings.moderation().name().toLowerCase(Locale.ROOT),
                settings.serviceAreas().stream().map(ServiceArea::code).toList(),
                settings.strategicValues().stream().map(MunicipalitySettingsController.StrategicValueView::of).toList());
        }
    }

    private final MunicipalityAdministration administration;

    IdeaChoicesController(MunicipalityAdministration administration) {
        this.administration = administration;
    }

    @Get
    IdeaChoices choices(@PathVariable String municipality) {
        return IdeaChoices.of(administration.ideaChoicesOf(municipality));
    }
}
