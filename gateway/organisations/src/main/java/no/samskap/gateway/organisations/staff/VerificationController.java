package no.samskap.gateway.organisations.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.organisations.commands.AssociationWrites;
import no.samskap.gateway.organisations.pages.PageAnswers;
import no.samskap.gateway.organisations.pages.Refusal;
import no.samskap.gateway.shell.staff.StaffInboxPages;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Texts;

import java.util.Optional;
import java.util.UUID;

/** The inbox's verify form: staff of the association's municipality verify it; the service checks that they are. */
@Controller(StaffInboxPages.PATH + "/foreninger")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class VerificationController {

    private final AssociationWrites writes;
    private final PageAnswers answers;
    private final StaffInboxPages pages;

    VerificationController(AssociationWrites writes, PageAnswers answers, StaffInboxPages pages) {
        this.writes = writes;
        this.answers = answers;
        this.pages = pages;
    }

    @Post("/{id}/verifisering")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> verify(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
        var member = StaffMember.of(authentication);
        if (member.isEmpty()) {
            return pages.forbidden(request);
        }
        UUID association;
        try {
            association = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return NotFoundPage.response(new Texts(LanguageChoice.of(request)), request.getPath());
        }
        var outcome = answers.await(writes.verify(request, association));
        if (outcome.succeeded()) {
            return PageAnswers.seeOther(StaffInboxPages.PATH + "?" + StaffInboxPages.DONE + "="
                + AssociationsToVerifySection.KEY);
        }
        var refusal = Refusal.of(outcome, writes);
        return pages.page(request, HttpStatus.valueOf(refusal.status()), member.get(), Optional.empty(),
            Optional.of(new VerificationRefusal(association, refusal)));
    }
}
