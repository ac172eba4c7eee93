package no.samskap.gateway.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
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
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.gateway.ideas.commands.IdeaCommandRelay;
import no.samskap.gateway.ideas.commands.ServiceAnswerReading;
import no.samskap.gateway.web.CsrfTokens;
import no.samskap.gateway.web.LanguageChoice;
import no.samskap.gateway.web.NotFoundPage;
import no.samskap.gateway.web.Texts;
import no.samskap.platform.problem.Problem;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
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

    @Serdeable
    record ServiceProblem(@Nullable String detail, @Nullable List<Problem.InvalidField> errors) {
    }

    private final StaffInbox inbox;
    private final CsrfTokens csrfTokens;
    private final IdeaCommandRelay relay;
    private final ServiceAnswerReading reading;
    private final InboxCatchUp catchUp;
    private final JsonMapper json;

    StaffPagesController(StaffInbox inbox, CsrfTokens csrfTokens, IdeaCommandRelay relay, ServiceAnswerReading reading,
                         InboxCatchUp catchUp, JsonMapper json) {
        this.inbox = inbox;
        this.csrfTokens = csrfTokens;
        this.relay = relay;
        this.reading = reading;
        this.catchUp = catchUp;
        this.json = json;
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
        var body = jsonBody(action.get(), entered);
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
            .body(InboxPage.render(inbox.of(member), csrf.value(), texts, done, problem))
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
        var problem = problemOf(answer);
        var fieldMessages = new LinkedHashMap<String, String>();
        var others = new StringBuilder();
        for (var invalid : problem.errors() == null ? List.<Problem.InvalidField>of() : problem.errors()) {
            if (action.fields().contains(invalid.field())) {
                fieldMessages.merge(invalid.field(), invalid.message(), (first, second) -> first + "; " + second);
            } else {
                others.append(others.isEmpty() ? "" : "; ").append(invalid.field()).append(": ").append(invalid.message());
            }
        }
        Optional<String> formMessage = others.isEmpty()
            ? (fieldMessages.isEmpty() ? Optional.ofNullable(problem.detail()).or(() -> Optional.of(answer.reason()))
                : Optional.empty())
            : Optional.of(others.toString());
        var kept = new LinkedHashMap<String, String>();
        action.fields().forEach(field -> kept.put(field, entered.getOrDefault(field, "")));
        var refusal = new FormProblem(action, item, fieldMessages, formMessage, kept);
        return page(request, HttpStatus.valueOf(answer.code()), member, texts, Optional.empty(), Optional.of(refusal));
    }

    private ServiceProblem problemOf(MutableHttpResponse<?> answer) {
        var body = answer.getBody().orElse(null);
        if (body instanceof Problem problem) {
            return new ServiceProblem(problem.detail(), problem.errors());
        }
        if (body instanceof byte[] bytes && bytes.length > 0) {
            try {
                return json.readValue(bytes, Argument.of(ServiceProblem.class));
            } catch (IOException | RuntimeException unreadable) {
                return new ServiceProblem(null, null);
            }
        }
        return new ServiceProblem(null, null);
    }

    /** Blank fields go as missing, so the service names them; a decision is a yes or no. */
    private byte[] jsonBody(StaffAction action, Map<String, String> form) {
        if (action.fields().isEmpty()) {
            return null;
        }
        var body = new LinkedHashMap<String, Object>();
        for (var field : action.fields()) {
            var value = form.get(field);
            var given = value == null || value.isBlank() ? null : value.trim();
            body.put(field, "upheld".equals(field) && given != null ? Boolean.valueOf(given.equals("true")) : given);
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write a form as JSON", e);
        }
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
