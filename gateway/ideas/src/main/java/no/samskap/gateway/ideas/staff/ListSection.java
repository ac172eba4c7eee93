package no.samskap.gateway.ideas.staff;

import io.micronaut.http.context.ServerRequestContext;
import no.samskap.gateway.shell.staff.InboxSection;
import no.samskap.gateway.shell.staff.InboxView;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.Texts;

import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One of the ideas module's inbox sections: a page of items read from the inbox's tables, each drawn with its forms,
 * and the section's count. The page's query names the section read further and the cursor to read it after
 * ({@code ?seksjon=<key>&etter=<cursor>}), as the section's link to its next page does.
 */
final class ListSection<T> implements InboxSection {

    static final String SECTION_PARAMETER = "seksjon";
    static final String AFTER_PARAMETER = "etter";

    private final IdeaSection section;
    private final int order;
    private final BiFunction<StaffMember, Optional<InboxPaging>, Paged<T>> reading;
    private final BiFunction<InboxItems, T, String> drawing;

    ListSection(IdeaSection section, int order, BiFunction<StaffMember, Optional<InboxPaging>, Paged<T>> reading,
                BiFunction<InboxItems, T, String> drawing) {
        this.section = section;
        this.order = order;
        this.reading = reading;
        this.drawing = drawing;
    }

    @Override
    public String key() {
        return section.key;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public String heading(Texts texts) {
        return texts.text("staff.section." + section.key);
    }

    @Override
    public boolean waiting() {
        return section.waiting();
    }

    @Override
    public Items read(StaffMember member) {
        var after = after();
        var page = reading.apply(member, after);
        return new Items() {
            @Override
            public int count() {
                return page.count();
            }

            @Override
            public String html(InboxView view) {
                var rendering = new InboxItems(view);
                return InboxItems.list(page.items(), each -> drawing.apply(rendering, each))
                    + InboxItems.paging(view.texts(), section.key, page, after.isPresent());
            }
        };
    }

    /** The request is the page's; a form's refusal, posted without the query, shows every section from its start. */
    private Optional<InboxPaging> after() {
        return InboxPaging.of(ServerRequestContext.currentRequest().flatMap(request -> InboxPaging.of(
                request.getParameters().get(SECTION_PARAMETER), request.getParameters().get(AFTER_PARAMETER),
                SECTION_PARAMETER, AFTER_PARAMETER)), section);
    }
}
