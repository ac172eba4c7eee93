package no.samskap.gateway.feedback.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import no.samskap.gateway.feedback.readmodel.BoardEntry;
import no.samskap.gateway.feedback.readmodel.FeedbackBoard;
import no.samskap.gateway.feedback.service.FeedbackService;
import no.samskap.gateway.feedback.service.ServiceViews;
import no.samskap.gateway.feedback.web.FeedbackWords;
import no.samskap.gateway.feedback.web.Forms;
import no.samskap.gateway.shell.signin.AccessTokens;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.PageDetails;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.platform.privacy.FormerParticipant;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * Puts a feedback page together: the piece from the read model, and for someone signed in what only the service
 * tells them (their own piece, a private answer, for staff who wrote it and whether it may become an idea).
 */
@Singleton
final class FeedbackPages {

    static final List<String> DONE = List.of("given", "edited", "reported", "idea", "appealed");

    private final FeedbackBoard board;
    private final FeedbackService service;
    private final AccessTokens accessTokens;
    private final CsrfTokens csrfTokens;
    private final Clock clock;

    FeedbackPages(FeedbackBoard board, FeedbackService service, AccessTokens accessTokens, CsrfTokens csrfTokens,
                  Clock clock) {
        this.board = board;
        this.service = service;
        this.accessTokens = accessTokens;
        this.csrfTokens = csrfTokens;
        this.clock = clock;
    }

    HttpResponse<String> show(HttpRequest<?> request, String id, @Nullable Authentication viewer, int status,
                              Optional<String> confirmation, Optional<String> refusal) {
        var feedback = Forms.uuid(id);
        if (feedback.isEmpty()) {
            return Forms.notFound(request);
        }
        var token = viewer == null ? Optional.<String>empty() : accessTokens.toRelay(request);
        var live = token.flatMap(access -> service.feedback(access, feedback.get().toString()).value());
        var stored = board.find(feedback.get());
        var entry = stored.or(() -> live.map(FeedbackPages::fromService));
        if (entry.isEmpty() || (entry.get().hidden() && live.isEmpty())) {
            return Forms.notFound(request);
        }
        var texts = Forms.texts(request);
        var words = new FeedbackWords(texts);
        var shown = entry.get();
        var unit = shown.unit() == null ? Optional.<no.samskap.gateway.feedback.readmodel.Unit>empty()
            : board.unit(shown.municipality(), shown.unit());
        var aboutName = shown.eventId() != null ? Optional.ofNullable(shown.eventTitle()).orElse(texts.text("fb.page.anEvent"))
            : unit.map(found -> found.name(texts.language())).orElse(shown.unit());
        var aboutPath = shown.eventId() != null ? "/arrangementer/" + shown.eventId()
            : unit.map(UnitPagesController::path).orElse(null);
        var heading = texts.text(shown.eventId() != null ? "fb.page.title.event" : "fb.page.title.unit", aboutName);
        var answer = live.map(ServiceViews.Feedback::answer);
        var privateAnswer = answer.filter(found -> !found.publicAnswer()).map(ServiceViews.Answer::text).orElse(null);
        var mine = live.map(ServiceViews.Feedback::mine).orElse(false);
        var csrf = csrfTokens.tokenFor(request);
        var staff = viewer == null ? Optional.<StaffMember>empty() : StaffMember.of(viewer)
            .filter(member -> member.municipality().equals(shown.municipality()));
        var hiddenReason = shown.hidden() ? live.map(ServiceViews.Feedback::hiddenReason)
            .or(() -> Optional.ofNullable(shown.hiddenReason())).orElse("") : null;
        var page = new FeedbackPage(new TemplateTexts(texts), shown.id(), html(heading), aboutPath, aboutName,
            EntryView.of(shown, words), hiddenReason, privateAnswer,
            staff.isPresent() ? authorShown(live, texts) : null, mine, confirmation.map(text -> html(text)).orElse(null),
            refusal.map(text -> html(text)).orElse(null), csrf.value(), viewer != null && !mine,
            staff.map(member -> StaffTools.of(texts, csrf.value(), shown, serviceAreaOf(shown), live))
                .orElse(null),
            live.filter(ServiceViews.Feedback::mine).map(ServiceViews.Feedback::editableUntil)
                .filter(until -> until.isAfter(clock.instant())).isPresent());
        var details = PageDetails.NONE.inMunicipality(shown.municipality()).describedAs(heading)
            .withBreadcrumbs(PageDetails.Breadcrumb.to("/", texts.text("fb.crumb.home")),
                PageDetails.Breadcrumb.here(heading));
        var response = Forms.html(status, Page.render(texts, heading,
            no.samskap.gateway.feedback.web.FeedbackForm.TEMPLATES.render("feedback.jte", page), request.getPath(),
            details));
        csrfTokens.remember(csrf, request, response);
        return response;
    }

    /** The service's view as the read model would hold it, for a piece the read model has not caught up with. */
    /** The author's name as staff see it; an author who erased their account is a former participant. */
    private static @Nullable String authorShown(Optional<ServiceViews.Feedback> live, Texts texts) {
        return live.map(ServiceViews.Feedback::author)
            .map(author -> FormerParticipant.is(author.id()) ? texts.text("fb.page.former-participant") : author.name())
            .orElse(null);
    }

    private static BoardEntry fromService(ServiceViews.Feedback live) {
        var answer = live.answer();
        var publicAnswer = answer != null && answer.publicAnswer();
        return new BoardEntry(live.id(), live.municipality(), live.eventId(), live.eventTitle(), live.unit(),
            live.rating(), live.text(), live.wishNext(), live.anonymous(),
            live.respondBy() == null ? java.time.LocalDate.now() : live.respondBy(),
            live.givenAt() == null ? java.time.Instant.now() : live.givenAt(), live.editedAt(), live.hidden(),
            live.hiddenReason(), answer == null ? null : answer.answeredAt(), answer == null ? null : publicAnswer,
            publicAnswer ? answer.text() : null, answer == null ? null : answer.onTime(), live.ideaId(), null);
    }

    /** An idea made of feedback belongs to the unit it is about, or to the unit that hosted the event. */
    private String serviceAreaOf(BoardEntry entry) {
        if (entry.unit() != null) {
            return entry.unit();
        }
        return Optional.ofNullable(entry.eventId()).map(java.util.UUID::fromString).flatMap(board::eventHostingUnit)
            .orElse("");
    }
}
