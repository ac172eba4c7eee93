package no.samskap.gateway.feedback.readmodel;

import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.PageChanges;
import org.jooq.DSLContext;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * Tells the pages this module's panels join that what they show changed, in the applying transaction (ADR 0067): an
 * event's page shows what was said about it ({@code EventFeedbackPanel}), the page of an idea it realises the same
 * with the event's title ({@code IdeaFeedbackPanel}).
 */
@Singleton
class EventPanelChanges {

    static final String EVENT_PAGE = "event";
    static final String IDEA_PAGE = "idea";

    private final DSLContext sql;
    private final PageChanges pages;

    EventPanelChanges(DSLContext sql, PageChanges pages) {
        this.sql = sql;
        this.pages = pages;
    }

    /** The events whose feedback or facts changed, with the ideas they realised before the change, if it moved them. */
    void changed(Collection<UUID> events, Collection<UUID> ideasBefore) {
        if (events.isEmpty()) {
            return;
        }
        var ideas = new HashSet<>(ideasBefore);
        ideas.addAll(ideasOf(events));
        pages.changed(EVENT_PAGE, events);
        pages.changed(IDEA_PAGE, ideas);
    }

    List<UUID> ideasOf(Collection<UUID> events) {
        return sql.fetch("select distinct unnest(idea_ids) from feedback_event where id = any(?)",
            (Object) events.toArray(UUID[]::new)).map(row -> row.get(0, UUID.class));
    }

    void everyPageChanged() {
        pages.everyPageChanged(EVENT_PAGE);
        pages.everyPageChanged(IDEA_PAGE);
    }
}
