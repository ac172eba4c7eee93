package no.samskap.events.registrations.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.events.registrations.application.RegistrationLists;
import no.samskap.platform.security.SignedInPerson;

import java.util.List;

/** The signed-in person's own registrations, newest first, cancelled ones too. */
@Controller("/me/registrations")
@ExecuteOn(TaskExecutors.BLOCKING)
class MyRegistrationsController {

    private final RegistrationLists lists;

    MyRegistrationsController(RegistrationLists lists) {
        this.lists = lists;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    List<RegistrationViews.Mine> mine(Authentication authentication) {
        return lists.mine(SignedInPerson.of(authentication)).stream().map(RegistrationViews.Mine::of).toList();
    }
}
