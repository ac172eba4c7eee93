package no.samskap.gateway.organisations.me;

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
import no.samskap.gateway.shell.me.MyPageNotice;
import no.samskap.gateway.shell.me.MyPageResponses;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.gateway.shell.writes.WriteOutcome;
import reactor.core.publisher.Mono;

import java.util.UUID;
import java.util.function.BiFunction;

/** The invitation forms of "Min side": the invitee accepts or declines; the service checks it is them. */
@Controller("/meg/invitasjoner/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class InvitationAnswersController {

    /** The invitation was answered already, or an admin withdrew it while the page was open. */
    private static final String ALREADY_CLOSED = "org.problem.invitation-answered";

    private final AssociationWrites writes;
    private final PageAnswers answers;
    private final MyPageResponses myPage;

    InvitationAnswersController(AssociationWrites writes, PageAnswers answers, MyPageResponses myPage) {
        this.writes = writes;
        this.answers = answers;
        this.myPage = myPage;
    }

    @Post("/godta")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> accept(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
        return answer(request, authentication, id, writes::accept, "godtatt", MyAssociationsSection.ANCHOR);
    }

    @Post("/avsla")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> refuse(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
        return answer(request, authentication, id, writes::refuse, "avslatt", InvitationsSection.ANCHOR);
    }

    private HttpResponse<String> answer(HttpRequest<?> request, Authentication authentication, String id,
                                        BiFunction<HttpRequest<?>, UUID, Mono<WriteOutcome>> write, String done,
                                        String anchor) {
        UUID invitation;
        try {
            invitation = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return myPage.page(request, authentication, HttpStatus.NOT_FOUND, MyPageNotice.NONE);
        }
        var outcome = answers.await(write.apply(request, invitation));
        if (outcome.succeeded()) {
            return PageAnswers.seeOther("/meg?" + InvitationsSection.CONFIRMATION + "=" + done + "#" + anchor);
        }
        var refusal = Refusal.of(outcome, writes);
        var reason = refusal.status() == 409 ? ALREADY_CLOSED : refusal.problemKey(new Texts(LanguageChoice.of(request)));
        return myPage.page(request, authentication, HttpStatus.valueOf(refusal.status()), MyPageNotice.refused(
            "accept-" + invitation, reason, null));
    }
}
