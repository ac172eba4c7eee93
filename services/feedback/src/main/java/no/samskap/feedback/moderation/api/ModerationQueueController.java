package no.samskap.feedback.moderation.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.feedback.moderation.application.ModerationSettingsAdministration;
import no.samskap.feedback.moderation.application.ModerationQueue;
import no.samskap.platform.security.SignedInPerson;

import java.util.List;

/** The municipality's staff read the feedback that waits for moderation, and the settings its admins change. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class ModerationQueueController {

    private final ModerationQueue queue;
    private final ModerationSettingsAdministration settings;

    ModerationQueueController(ModerationQueue queue, ModerationSettingsAdministration settings) {
        this.queue = queue;
        this.settings = settings;
    }

    @Get("/moderation/feedback")
    List<ModerationViews.CaseView> queue(Authentication authentication, @QueryValue @Nullable String municipality) {
        return queue.of(SignedInPerson.of(authentication), municipality).stream()
            .map(ModerationViews.CaseView::of).toList();
    }

    @Get("/municipalities/{municipality}/feedback-settings")
    ModerationViews.SettingsView settings(Authentication authentication, @PathVariable String municipality) {
        return ModerationViews.SettingsView.of(settings.read(SignedInPerson.of(authentication), municipality));
    }

    @Put("/municipalities/{municipality}/feedback-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    ModerationViews.SettingsView changeSettings(Authentication authentication, @PathVariable String municipality,
                                                @Body ModerationRequests.Settings request) {
        return ModerationViews.SettingsView.of(settings.change(SignedInPerson.of(authentication), municipality,
            request.reportThreshold()));
    }
}
