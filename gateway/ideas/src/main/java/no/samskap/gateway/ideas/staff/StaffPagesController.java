package no.samskap.gateway.ideas.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import no.samskap.gateway.shell.municipalities.MunicipalityDirectory;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.ideas.commands.IdeaCommandRelay;
import no.samskap.gateway.ideas.commands.ServiceAnswerReading;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Texts;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The staff inbox page and its forms. A form is relayed to the proposals service under the person's own token, as
 * the JSON API would; success goes back to the inbox with a confirmation (Post/Redirect/Get), a refusal renders the
 * inbox again with the service's problem at the field it names. Signed-in people without the staff or admin role
 * of a municipality get a plain 403 page, anonymous visitors are sent to sign in.
 */
@Controller(InboxPage.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
final class StaffPagesController {

    private final StaffInbox inbox;
    private final CsrfTokens csrfTokens;
    private final IdeaCommandRelay relay;
    private final ServiceAnswerReading reading;
    private final InboxCatchUp catchUp;
    private final FormCodec forms;

    private final MunicipalityDirectory municipalities;

    StaffPagesController(StaffInbox inbox, CsrfTokens csrfTokens, IdeaCommandRelay relay, ServiceAnswerReading reading,
                         InboxCatchUp catchUp, FormCodec forms, MunicipalityDirectory municipalities) {
        this.inbox = inbox;
        this.csrfTokens = csrfTokens;
        this.relay = relay;
        this.reading = reading;
        this.catchUp = catchUp;
        this.forms = forms;
        this.municipalities = municipalities;
    }

    @Get
    HttpResponse<String> page(HttpRequest<?> request, Authentication authentication, @QueryValue @Nullable String utfort) {
        var texts = new Texts(LanguageChoice.of(request));
        var member = StaffMember.of(authentication);
        if (member.isEmpty()) {
            return forbidden(texts);
        }
        var done = Optional.ofNullable(utfort).flatMap(StaffAction::ofKey);
        return page(request, HttpStatus.OK, member.get(), texts, done, Optional.empty());
    }

    @Post("/ideer/{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Mono<HttpResponse<String>> act(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                   @PathVariable String action, @Body @Nullable Map<String, String> form) {
        return handle(request, authentication, id, null, action, form);
    }

    @Post("/ideer/{id}/kommentarer/{commentId}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Mono<HttpResponse<String>> actOnComment(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                            @PathVariable String commentId, @PathVariable String action,
                                            @Body @Nullable Map<String, String> form) {
        return handle(request, authentication, id, commentId, action, form);
    }

    private Mono<HttpResponse<String>> handle(HttpRequest<?> request, Authentication authentication, String id,
                                              @Nullable String commentId, String segment,
                                              @Nullable Map<String, String> form) {
        var texts = new Texts(LanguageChoice.of(request));
        var member = StaffMember.of(authentication);
        if (member.isEmpty()) {
            return Mono.just(forbidden(texts));
        }
        var action = StaffAction.ofSegment(segment, commentId != null);
        var idea = uuid(id);
        var comment = commentId == null ? Optional.<UUID>empty() : uuid(commentId);
        if (action.isEmpty() || idea.isEmpty() || (commentId != null && comment.isEmpty())) {
            return Mono.just(NotFoundPage.response(texts, request.getPath()));
        }
        var entered = form == null ? Map.<String, String>of() : form;
        var servicePath = "/ideas/" + idea.get() + comment.map(c -> "/comments/" + c).orElse("") + "/"
            + action.get().serviceStep();
        var body = forms.jsonBody(action.get(), entered);
        var relayed = action.get().aboutComment()
            ? relay.relayAsAnswered(request, servicePath, body)
            : relay.relay(request, servicePath, body, reading::ideaStatus);
        var item = comment.orElse(idea.get());
        return relayed.flatMap(answer -> answer.code() >= 200 && answer.code() < 300
            ? catchUp.awaitShowing(action.get(), item).map(shown -> confirmed(action.get()))
            : Mono.fromCallable(() -> refused(request, member.get(), texts, action.get(), item.toString(), answer, entered))
                .subscribeOn(Schedulers.boundedElastic()));
    }

    private HttpResponse<String> page(HttpRequest<?> request, HttpStatus status, StaffMember member, Texts texts,
                                      Optional<StaffAction> done, Optional<FormProblem> problem) {
        var csrf = csrfTokens.tokenFor(request);
        var response = HttpResponse.<String>status(status)
            .body(InboxPage.render(inbox.of(member), municipalities.nameOf(member.municipality()), csrf.value(), texts,
                done, problem))
            .contentType(MediaType.TEXT_HTML_TYPE)
            .header("Cache-Control", "no-store");
        csrfTokens.remember(csrf, request, response);
        return response;
    }

    private static HttpResponse<String> confirmed(StaffAction action) {
        return HttpResponse.<String>seeOther(URI.create(InboxPage.PATH + "?utfort=" + action.key()))
            .header("Cache-Control", "no-store");
    }

    private HttpResponse<String> refused(HttpRequest<?> request, StaffMember member, Texts texts, StaffAction action,
                                         String item, MutableHttpResponse<?> answer, Map<String, String> entered) {
        var refusal = forms.refusalOf(action, item, answer, entered);
        return page(request, HttpStatus.valueOf(answer.code()), member, texts, Optional.empty(), Optional.of(refusal));
    }

    private static HttpResponse<String> forbidden(Texts texts) {
        return HttpResponse.<String>status(HttpStatus.FORBIDDEN).body(InboxPage.forbidden(texts))
            .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
