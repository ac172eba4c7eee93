package no.samskap.gateway.ideas.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.ideas.commands.IdeaCommandRelay;
import no.samskap.gateway.ideas.commands.ServiceAnswerReading;
import no.samskap.gateway.shell.staff.InboxRefusal;
import no.samskap.gateway.shell.staff.StaffInboxPages;
import no.samskap.gateway.shell.staff.StaffMember;
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
 * The staff inbox's forms for ideas and comments. A form is relayed to the proposals service under the person's own
 * token, as the JSON API would; success goes back to the inbox with a confirmation (Post/Redirect/Get), a refusal
 * shows the inbox again with the service's problem at the field it names. Signed-in people without the staff or
 * admin role of a municipality get the inbox's 403 page, anonymous visitors are sent to sign in.
 */
@Controller(StaffInboxPages.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
final class StaffPagesController {

    private final StaffInboxPages pages;
    private final IdeaCommandRelay relay;
    private final ServiceAnswerReading reading;
    private final InboxCatchUp catchUp;
    private final FormCodec forms;

    StaffPagesController(StaffInboxPages pages, IdeaCommandRelay relay, ServiceAnswerReading reading,
                         InboxCatchUp catchUp, FormCodec forms) {
        this.pages = pages;
        this.relay = relay;
        this.reading = reading;
        this.catchUp = catchUp;
        this.forms = forms;
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
        var member = StaffMember.of(authentication);
        if (member.isEmpty()) {
            return Mono.just(pages.forbidden(request));
        }
        var action = StaffAction.ofSegment(segment, commentId != null);
        var idea = uuid(id);
        var comment = commentId == null ? Optional.<UUID>empty() : uuid(commentId);
        if (action.isEmpty() || idea.isEmpty() || (commentId != null && comment.isEmpty())) {
            return Mono.just(NotFoundPage.response(new Texts(LanguageChoice.of(request)), request.getPath()));
        }
        var entered = form == null ? Map.<String, String>of() : form;
        var item = comment.orElse(idea.get());
        var unreadableDate = FormCodec.unreadableDate(action.get(), item.toString(), entered);
        if (unreadableDate.isPresent()) {
            var refusal = Optional.<InboxRefusal>of(unreadableDate.get());
            return Mono.fromCallable(() -> pages.page(request, HttpStatus.BAD_REQUEST, member.get(), Optional.empty(),
                refusal)).subscribeOn(Schedulers.boundedElastic());
        }
        var servicePath = "/ideas/" + idea.get() + comment.map(c -> "/comments/" + c).orElse("") + "/"
            + action.get().serviceStep();
        var body = forms.jsonBody(action.get(), entered);
        var relayed = action.get().aboutComment()
            ? relay.relayAsAnswered(request, servicePath, body)
            : relay.relay(request, servicePath, body, reading::ideaStatus);
        return relayed.flatMap(answer -> answer.code() >= 200 && answer.code() < 300
            ? catchUp.awaitShowing(action.get(), item).map(shown -> confirmed(action.get()))
            : Mono.fromCallable(() -> refused(request, member.get(), action.get(), item.toString(), answer, entered))
                .subscribeOn(Schedulers.boundedElastic()));
    }

    private static HttpResponse<String> confirmed(StaffAction action) {
        return HttpResponse.<String>seeOther(URI.create(StaffInboxPages.PATH + "?" + StaffInboxPages.DONE + "="
                + action.key()))
            .header("Cache-Control", "no-store");
    }

    private HttpResponse<String> refused(HttpRequest<?> request, StaffMember member, StaffAction action, String item,
                                         MutableHttpResponse<?> answer, Map<String, String> entered) {
        var refusal = forms.refusalOf(action, item, answer, entered);
        return pages.page(request, HttpStatus.valueOf(answer.code()), member, Optional.empty(), Optional.of(refusal));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
