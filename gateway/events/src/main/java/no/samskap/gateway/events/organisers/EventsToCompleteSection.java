package no.samskap.gateway.events.organisers;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.staff.InboxSection;
import no.samskap.gateway.shell.staff.InboxView;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;
import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * "Arrangementer å fullføre": published events of the staff member's municipality that have ended, oldest first.
 * Completing one marks the ideas it realised, so residents see what came of them.
 */
@Singleton
class EventsToCompleteSection implements InboxSection {

    record Ended(UUID id, String title, OffsetDateTime endsAt) {
    }

    private final DSLContext sql;

    EventsToCompleteSection(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String key() {
        return "events-to-complete";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String heading(Texts texts) {
        return texts.text("evo.inbox.toComplete");
    }

    @Override
    @Transactional(readOnly = true)
    public Items read(StaffMember member) {
        var ended = sql.fetch("""
                select id, title, ends_at from event_calendar
                 where municipality = ? and status = 'published' and ends_at < now()
                 order by ends_at, id limit 100""", member.municipality())
            .map(row -> new Ended(row.get("id", UUID.class), row.get("title", String.class),
                row.get("ends_at", OffsetDateTime.class)));
        return new Items() {
            @Override
            public int count() {
                return ended.size();
            }

            @Override
            public String html(InboxView view) {
                return list(view.texts(), ended, view.csrfToken());
            }
        };
    }

    private static String list(Texts texts, List<Ended> ended, String csrf) {
        return OrganiserPages.TEMPLATES.render("organisers/toComplete.jte", new EventsToComplete(new TemplateTexts(texts),
            csrf, ended.stream().map(event -> new EventsToComplete.Line(event.id().toString(), event.title(),
                html(texts.text("evo.inbox.ended", texts.date(event.endsAt().toInstant()))))).toList()));
    }
}
