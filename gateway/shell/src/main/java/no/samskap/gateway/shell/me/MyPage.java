package no.samskap.gateway.shell.me;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.assets.Assets;
import no.samskap.gateway.shell.web.PageDetails;
import no.samskap.gateway.shell.web.ShellTemplates;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Html;
import no.samskap.gateway.shell.web.Page;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * "Min side": who is signed in (the frame signs them out, as on every page), the staff's tools for staff, then the modules'
 * sections, each framed the same way, and the scripts those sections asked for.
 */
public final class MyPage {

    /** A section as one module rendered it for this viewer. */
    record RenderedSection(MyPageSection.Placement placement, String content) {
    }

    /** What {@code myPage.jte} shows; the modules' sections come as the modules rendered them. */
    public record View(TemplateTexts t, Content signedInAs, Content username, Content municipality, Content roles,
                       @Nullable String confirmationKey, @Nullable String errorKey, @Nullable String errorFieldId,
                       boolean staff, List<Section> sections, List<Content> scripts) {

        public record Section(String anchor, Content heading, Content content) {
        }
    }

    private MyPage() {
    }

    /**
     * {@code municipality}: the person's municipality as the page names it, none when they belong to none. Signing
     * out is the frame's, on every page.
     */
    static String render(MyPageViewer viewer, Optional<String> municipality, List<RenderedSection> sections,
                         List<String> scripts) {
        var texts = viewer.texts();
        var profile = viewer.profile();
        var roles = profile.roles().isEmpty()
            ? texts.text("me.roles.none")
            : profile.roles().stream().map(role -> texts.text("me.role." + role)).collect(Collectors.joining(", "));
        var signedInAs = texts.text("me.signedInAs", "\u0000").replace("\u0000",
            "<strong id=\"name\"><bdi>" + Html.escape(profile.name()) + "</bdi></strong>");
        var notice = viewer.notice();
        var view = new View(new TemplateTexts(texts), html(signedInAs), html(Html.escape(profile.username())),
            html(municipality.map(Html::escape).orElseGet(() -> texts.text("me.municipality.unknown"))), html(roles),
            notice.confirmationKey(), notice.errorKey(), notice.fieldId(),
            profile.roles().contains("staff") || profile.roles().contains("admin"),
            sections.stream().map(section -> new View.Section(section.placement().anchor(),
                html(texts.text(section.placement().headingKey())), html(section.content()))).toList(),
            scripts.stream().map(script -> html(Assets.bundled().scriptTag(script))).toList());
        return Page.render(texts, texts.text("me.title"), ShellTemplates.render("myPage.jte", view), "/meg",
            PageDetails.NONE.inMunicipality(profile.municipality()));
    }
}
