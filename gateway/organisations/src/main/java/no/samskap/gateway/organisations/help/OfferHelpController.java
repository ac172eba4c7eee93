package no.samskap.gateway.organisations.help;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.gateway.organisations.members.Memberships;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.organisations.pages.PageAnswers;
import no.samskap.gateway.organisations.volunteering.FormFields;
import no.samskap.gateway.organisations.volunteering.ServiceRefusal;
import no.samskap.gateway.organisations.volunteering.VolunteeringService;
import no.samskap.gateway.shell.signin.SignedInSubject;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The offer of help to an idea: the form on a page of its own (where a refused offer comes back), and its post,
 * relayed to the organisations service with the person's token; the service decides whether they may offer for
 * the association they chose.
 */
@Controller("/ideer/{id}/tilbud-om-hjelp")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class OfferHelpController {

    private final VolunteeringService service;
    private final OfferableIdeasProjection ideas;
    private final HelpOffers offers;
    private final Memberships memberships;
    private final PageAnswers answers;

    OfferHelpController(VolunteeringService service, OfferableIdeasProjection ideas, HelpOffers offers,
                        Memberships memberships, PageAnswers answers) {
        this.service = service;
        this.ideas = ideas;
        this.offers = offers;
        this.memberships = memberships;
        this.answers = answers;
    }

    /** The body the service takes: {@code associationId} null for a volunteer's own offer. */
    @Serdeable
    record Offer(String ideaId, @Nullable String associationId, String kind, @Nullable BigDecimal hours,
                 List<String> skills, String description) {
    }

    @Serdeable
    record Offered(@Nullable String id) {
    }

    @Get
    HttpResponse<String> form(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
        return openIdea(id).map(idea -> render(request, authentication, idea, OfferForm.Typed.EMPTY, Optional.empty(),
            HttpStatus.OK)).orElseGet(() -> notFound(request));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> offer(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                               @Body @Nullable String body) {
        var idea = openIdea(id);
        if (idea.isEmpty()) {
            return notFound(request);
        }
        var typed = OfferForm.Typed.of(FormFields.parse(body));
        var hours = hours(typed.hours());
        if (hours.isEmpty()) {
            return render(request, authentication, idea.get(), typed, Optional.of(ServiceRefusal.ofField("hours")),
                HttpStatus.UNPROCESSABLE_ENTITY);
        }
        var offer = new Offer(idea.get().toString(), OfferForm.VOLUNTEER.equals(typed.offerer()) ? null
            : typed.offerer(), typed.kind(), hours.get().orElse(null), typed.skills(), typed.description());
        var outcome = service.write(request, HttpMethod.POST, "/help-offers", offer, answer ->
            service.body(answer, Argument.of(Offered.class)).map(Offered::id).flatMap(OfferHelpController::uuid)
                .map(offered -> () -> offers.find(offered).isPresent()));
        if (!outcome.succeeded()) {
            var refusal = service.refusal(outcome);
            return render(request, authentication, idea.get(), typed, Optional.of(refusal),
                HttpStatus.valueOf(refusal.status()));
        }
        return PageAnswers.seeOther("/ideer/" + idea.get() + "?hjelp=tilbudt#" + HelpOffersPanel.ANCHOR);
    }

    private HttpResponse<String> render(HttpRequest<?> request, Authentication authentication, UUID idea,
                                        OfferForm.Typed typed, Optional<ServiceRefusal> refusal, HttpStatus status) {
        var texts = new Texts(LanguageChoice.of(request));
        var adminOf = StaffMember.of(authentication).isPresent() ? List.<Memberships.Membership>of()
            : memberships.of(SignedInSubject.of(authentication)).stream()
                .filter(membership -> Memberships.ADMIN.equals(membership.role())).toList();
        return answers.page(request, status, csrf -> Page.render(texts, texts.text("vol.offer.title"),
            OrganisationTemplates.render("help/offer.jte", OfferForm.of(texts, idea, adminOf, typed, refusal, csrf)),
            "/ideer/" + idea + "/tilbud-om-hjelp"));
    }

    private Optional<UUID> openIdea(String id) {
        return uuid(id).filter(idea -> ideas.municipalityOfOpen(idea).isPresent());
    }

    private static HttpResponse<String> notFound(HttpRequest<?> request) {
        return NotFoundPage.response(new Texts(LanguageChoice.of(request)), request.getPath());
    }

    /** Empty when the typed hours are not a number; a blank field is no hours at all. */
    private static Optional<Optional<BigDecimal>> hours(String typed) {
        if (typed.isBlank()) {
            return Optional.of(Optional.empty());
        }
        try {
            return Optional.of(Optional.of(new BigDecimal(typed.replace(',', '.').replace(" ", ""))));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(@Nullable String id) {
        try {
            return Optional.ofNullable(id).map(UUID::fromString);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
