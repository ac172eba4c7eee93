package no.samskap.gateway.shell.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.Optional;

/**
 * The staff inbox page. Anonymous visitors are sent to sign in; signed-in people without the staff or admin role of
 * a municipality get a plain 403 page.
 */
@Controller(StaffInboxPages.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
final class StaffInboxPageController {

    private final StaffInboxPages pages;

    StaffInboxPageController(StaffInboxPages pages) {
        this.pages = pages;
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<String> page(HttpRequest<?> request, Authentication authentication,
                              @QueryValue(StaffInboxPages.DONE) @Nullable String done) {
        return StaffMember.of(authentication)
            .map(member -> pages.page(request, HttpStatus.OK, member, Optional.ofNullable(done), Optional.empty()))
            .orElseGet(() -> pages.forbidden(request));
    }
}
