package no.samskap.gateway.ideas.staff;

import no.samskap.gateway.shell.staff.InboxSection;
import no.samskap.gateway.shell.staff.InboxView;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** One of the ideas module's inbox sections: a list read from the inbox's tables, each item drawn with its forms. */
final class ListSection<T> implements InboxSection {

    private final String key;
    private final int order;
    private final boolean waiting;
    private final Function<StaffMember, List<T>> reading;
    private final BiFunction<InboxItems, T, String> drawing;

    ListSection(String key, int order, boolean waiting, Function<StaffMember, List<T>> reading,
                BiFunction<InboxItems, T, String> drawing) {
        this.key = key;
        this.order = order;
        this.waiting = waiting;
        this.reading = reading;
        this.drawing = drawing;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public String heading(Texts texts) {
        return texts.text("staff.section." + key);
    }

    @Override
    public boolean waiting() {
        return waiting;
    }

    @Override
    public Items read(StaffMember member) {
        var items = reading.apply(member);
        return new Items() {
            @Override
            public int count() {
                return items.size();
            }

            @Override
            public String html(InboxView view) {
                var rendering = new InboxItems(view);
                return InboxItems.list(items, each -> drawing.apply(rendering, each));
            }
        };
    }
}
