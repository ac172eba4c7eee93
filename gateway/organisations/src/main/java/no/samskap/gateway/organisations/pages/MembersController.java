package no.samskap.gateway.organisations.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.function.Function;
import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.organisations.commands.AssociationWrites;
import no.samskap.gateway.organisations.directory.AssociationDirectory;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.members.Memberships;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.gateway.shell.writes.WriteOutcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Medlemmer": an association's members as the service lists them, for its members and the municipality's staff;
 * its admins invite, withdraw open invitations, change roles and remove members here, and a member leaves. The
 * service decides who may.
 */
@Controller("/foreninger/{id}/medlemmer")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class MembersController {

    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    private final AssociationDirectory directory;
    private final Memberships memberships;
    private final AssociationReads reads;
    private final AssociationWrites writes;
    private final PageAnswers answers;
    private final JsonMapper json;

    MembersController(AssociationDirectory directory, Memberships memberships, AssociationReads reads,
                      AssociationWrites writes, PageAnswers answers, JsonMapper json) {
        this.directory = directory;
        this.memberships = memberships;
        this.reads = reads;
        this.writes = writes;
        this.answers = answers;
        this.json = json;
    }

    @Get
    HttpResponse<String> members(HttpRequest<?> request, @PathVariable String id, @QueryValue @Nullable String ferdig) {
        return withAssociation(request, id, association ->
            render(request, association, MembersPage.Notice.done(Optional.ofNullable(ferdig)), HttpStatus.OK));
    }

    @Post("/invitasjoner")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> invite(HttpRequest<?> request, @PathVariable String id, @Body @Nullable String body) {
        return withAssociation(request, id, association -> {
            var form = FormInput.parse(body);
            var invitee = form.get("invitee").strip();
            var role = form.get("role").isBlank() ? "member" : form.get("role");
            var outcome = answers.await(writes.invite(request, association.id(),
                bytes(Map.of("invitee", invitee, "role", role))));
            return afterWrite(request, association, outcome, "invitert",
                new Typed(MembersPage.Form.INVITATION, invitee, role));
        });
    }

    @Post("/{personId}/rolle")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> changeRole(HttpRequest<?> request, @PathVariable String id, @PathVariable String personId,
                                    @Body @Nullable String body) {
        return withAssociation(request, id, association -> {
            if (!SUBJECT.matcher(personId).matches()) {
                return NotFoundPage.response(texts(request), request.getPath());
            }
            var role = FormInput.parse(body).get("role");
            var outcome = answers.await(writes.changeRole(request, association.id(), personId,
                bytes(Map.of("role", role))));
            return afterWrite(request, association, outcome, "rolle", Typed.MEMBER);
        });
    }

    /** An admin removes a member; a member removing themselves leaves, and is sent back to their own page. */
    @Post("/{personId}/fjerning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> remove(HttpRequest<?> request, @PathVariable String id, @PathVariable String personId) {
        return withAssociation(request, id, association -> {
            if (!SUBJECT.matcher(personId).matches()) {
                return NotFoundPage.response(texts(request), request.getPath());
            }
            var outcome = answers.await(writes.remove(request, association.id(), personId));
            if (outcome.succeeded() && AssociationWrites.subjectOf(request).filter(personId::equals).isPresent()) {
                return PageAnswers.seeOther("/meg#my-associations");
            }
            return afterWrite(request, association, outcome, "fjernet", Typed.MEMBER);
        });
    }

    /** An admin withdraws an open invitation, which then leaves the invitee's own page too. */
    @Post("/invitasjoner/{invitationId}/tilbaketrekking")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> withdraw(HttpRequest<?> request, @PathVariable String id,
                                  @PathVariable String invitationId) {
        return withAssociation(request, id, association -> DirectoryPagesController.parse(invitationId)
            .map(invitation -> afterWrite(request, association,
                answers.await(writes.withdraw(request, association.id(), invitation)), "trukket",
                new Typed(MembersPage.Form.WITHDRAWAL, "", "member")))
            .orElseGet(() -> NotFoundPage.response(texts(request), request.getPath())));
    }

    /** Which form was sent and what it had in it, to give back on a refusal: only the invitation form has fields. */
    private record Typed(MembersPage.Form form, String invitee, String role) {

        static final Typed MEMBER = new Typed(MembersPage.Form.MEMBER, "", "member");
    }

    private HttpResponse<String> afterWrite(HttpRequest<?> request, DirectoryEntry association, WriteOutcome outcome,
                                            String done, Typed typed) {
        if (outcome.succeeded()) {
            return PageAnswers.seeOther("/foreninger/" + association.id() + "/medlemmer?ferdig=" + done);
        }
        var refusal = Refusal.of(outcome, writes);
        return render(request, association, new MembersPage.Notice(Optional.empty(), Optional.of(refusal),
            typed.form(), typed.invitee(), typed.role()), HttpStatus.valueOf(refusal.status()));
    }

    private HttpResponse<String> render(HttpRequest<?> request, DirectoryEntry association, MembersPage.Notice notice,
                                        HttpStatus status) {
        var texts = texts(request);
        var subject = AssociationWrites.subjectOf(request).orElse("");
        var admin = memberships.roleOf(association.id(), subject).filter(Memberships.ADMIN::equals).isPresent();
        var members = reads.members(request, association.id());
        var invitations = admin ? reads.openInvitations(request, association.id()).value().orElse(List.of())
            : List.<AssociationReads.OpenInvitation>of();
        var shownStatus = status == HttpStatus.OK && members.value().isEmpty() && members.refused()
            ? HttpStatus.FORBIDDEN : status;
        return answers.page(request, shownStatus, csrf -> Page.render(texts,
            texts.text("org.members.title", association.name()), MembersPage.render(texts, association,
                new MembersPage.Viewer(subject, admin, csrf), members, invitations, notice), request.getPath()));
    }

    private HttpResponse<String> withAssociation(HttpRequest<?> request, String id,
                                                 Function<DirectoryEntry, HttpResponse<String>> then) {
        return DirectoryPagesController.parse(id).flatMap(directory::find).map(then)
            .orElseGet(() -> NotFoundPage.response(texts(request), request.getPath()));
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Texts texts(HttpRequest<?> request) {
        return new Texts(LanguageChoice.of(request));
    }
}
