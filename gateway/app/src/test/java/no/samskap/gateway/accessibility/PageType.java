package no.samskap.gateway.accessibility;

import no.samskap.gateway.events.calendar.CalendarCursor;
import no.samskap.gateway.organisations.directory.DirectoryCursor;
import no.samskap.gateway.shell.web.Language;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Every kind of page the gateway serves, as the accessibility test and the screenshots see it. Adding a page type is
 * one line in {@link #ALL}: a name, its path (with {@code {placeholders}} for sample data, see {@link SampleIdeas}),
 * who looks at it, and whether it is a main page to photograph.
 */
record PageType(String name, String path, Visitor visitor, Set<Language> languages, boolean screenshot) {

    private static final Set<Language> EVERY_LANGUAGE = EnumSet.allOf(Language.class);

    static final List<PageType> ALL = List.of(
        new PageType("home", "/", Visitor.ANONYMOUS, EVERY_LANGUAGE, true),
        new PageType("home-signed-in", "/", Visitor.RESIDENT, Set.of(Language.BOKMAL), false),
        new PageType("municipality-front-page", "/kommuner/{municipality}", Visitor.ANONYMOUS, EVERY_LANGUAGE, true),
        new PageType("board", "/kommuner/{municipality}/ideer", Visitor.ANONYMOUS, EVERY_LANGUAGE, true),
        new PageType("board-search", "/kommuner/{municipality}/ideer?q=konsert&sort=relevance", Visitor.ANONYMOUS,
            Set.of(Language.BOKMAL), false),
        new PageType("board-empty", "/kommuner/{municipality}/ideer?q=trompet", Visitor.ANONYMOUS,
            Set.of(Language.BOKMAL), false),
        new PageType("idea", "/ideer/{answeredIdea}", Visitor.ANONYMOUS, EVERY_LANGUAGE, true),
        new PageType("idea-signed-in", "/ideer/{answeredIdea}", Visitor.RESIDENT, Set.of(Language.BOKMAL), false),
        new PageType("idea-under-assessment", "/ideer/{assessedIdea}", Visitor.ANONYMOUS, Set.of(Language.BOKMAL), false),
        new PageType("idea-innbyggerforslag-signing", "/ideer/{assessedIdea}", Visitor.RESIDENT, EVERY_LANGUAGE, false),
        new PageType("idea-innbyggerforslag-council", "/ideer/{sentPetitionIdea}", Visitor.STAFF, EVERY_LANGUAGE, false),
        new PageType("not-found", "/ideer/00000000-0000-0000-0000-000000000000", Visitor.ANONYMOUS, EVERY_LANGUAGE, false),
        new PageType("accessibility", "/tilgjengelighet", Visitor.ANONYMOUS, EVERY_LANGUAGE, true),
        new PageType("privacy", "/personvern", Visitor.ANONYMOUS, EVERY_LANGUAGE, true),
        new PageType("my-page", "/meg", Visitor.RESIDENT, EVERY_LANGUAGE, true),
        new PageType("submit-idea", "/ideer/ny", Visitor.RESIDENT, EVERY_LANGUAGE, true),
        new PageType("idea-edit", "/ideer/{ownIdea}/endre", Visitor.RESIDENT, EVERY_LANGUAGE, false),
        new PageType("submit-received", "/ideer/ny/mottatt", Visitor.RESIDENT, Set.of(Language.BOKMAL), false),
        new PageType("submit-residents-only", "/ideer/ny", Visitor.STAFF, Set.of(Language.BOKMAL), false),
        new PageType("staff-inbox", "/stab/innboks", Visitor.STAFF, EVERY_LANGUAGE, true),
        new PageType("dashboard", "/stab/dashbord", Visitor.STAFF, EVERY_LANGUAGE, true),
        new PageType("dashboard-refused", "/stab/dashbord", Visitor.RESIDENT, Set.of(Language.BOKMAL), false),
        new PageType("associations", "/foreninger", Visitor.ANONYMOUS, Set.of(Language.BOKMAL), false),
        new PageType("association-directory", "/kommuner/{municipality}/foreninger", Visitor.ANONYMOUS, EVERY_LANGUAGE,
            true),
        new PageType("association-directory-empty", "/kommuner/{municipality}/foreninger?navn=trompet",
            Visitor.ANONYMOUS, Set.of(Language.BOKMAL), false),
        new PageType("association-directory-later", "/kommuner/{municipality}/foreninger?etter="
            + new DirectoryCursor("a", new UUID(0, 0)).encode(), Visitor.ANONYMOUS, Set.of(Language.BOKMAL), false),
        new PageType("association", "/foreninger/{association}", Visitor.ANONYMOUS, EVERY_LANGUAGE, true),
        new PageType("association-unverified", "/foreninger/{unverifiedAssociation}", Visitor.ANONYMOUS,
            Set.of(Language.BOKMAL), false),
        new PageType("association-signed-in", "/foreninger/{association}", Visitor.RESIDENT, EVERY_LANGUAGE, false),
        new PageType("register-association", "/foreninger/ny", Visitor.RESIDENT, EVERY_LANGUAGE, true),
        new PageType("register-association-residents-only", "/foreninger/ny", Visitor.STAFF, Set.of(Language.BOKMAL),
            false),
        new PageType("association-members", "/foreninger/{association}/medlemmer", Visitor.RESIDENT, EVERY_LANGUAGE,
            false),
        new PageType("offer-help", "/ideer/{answeredIdea}/tilbud-om-hjelp", Visitor.RESIDENT, EVERY_LANGUAGE, false),
        new PageType("volunteer-profile", "/meg/frivillig", Visitor.RESIDENT, EVERY_LANGUAGE, false),
        new PageType("volunteer-record", "/meg/frivillighetsbevis", Visitor.RESIDENT, EVERY_LANGUAGE, false),
        new PageType("my-hours", "/meg/timer", Visitor.RESIDENT, EVERY_LANGUAGE, false),
        new PageType("help-requests", "/hjelp-trengs", Visitor.RESIDENT, EVERY_LANGUAGE, false),
        new PageType("volunteer-search", "/frivillige", Visitor.STAFF, EVERY_LANGUAGE, false),
        new PageType("attest-officers", "/foreninger/{association}/politiattest/ansvarlige", Visitor.RESIDENT,
            EVERY_LANGUAGE, false),
        new PageType("attest-requests", "/foreninger/{association}/politiattest/foresporsler", Visitor.RESIDENT,
            EVERY_LANGUAGE, false),
        new PageType("my-attest-requests", "/meg/politiattest", Visitor.RESIDENT, EVERY_LANGUAGE, false),
        new PageType("events", "/arrangementer", Visitor.ANONYMOUS, Set.of(Language.BOKMAL), false),
        new PageType("event-calendar", "/kommuner/{municipality}/arrangementer?fra=2027-03-01", Visitor.ANONYMOUS,
            EVERY_LANGUAGE, true),
        new PageType("event-calendar-month", "/kommuner/{municipality}/arrangementer?visning=maned&maned=2027-03",
            Visitor.ANONYMOUS, EVERY_LANGUAGE, false),
        new PageType("event-calendar-refused", "/kommuner/{municipality}/arrangementer?enhet=svommehall",
            Visitor.ANONYMOUS, Set.of(Language.BOKMAL), false),
        new PageType("event-calendar-later", "/kommuner/{municipality}/arrangementer?fra=2027-03-01&etter="
            + new CalendarCursor(Instant.parse("2027-01-01T00:00:00Z"), new UUID(0, 0)).encode(), Visitor.ANONYMOUS,
            Set.of(Language.BOKMAL), false),
        new PageType("event", "/arrangementer/{event}", Visitor.ANONYMOUS, EVERY_LANGUAGE, true),
        new PageType("event-signed-in", "/arrangementer/{event}", Visitor.RESIDENT, EVERY_LANGUAGE, false),
        new PageType("feedback-units", "/kommuner/{municipality}/tjenester", Visitor.ANONYMOUS, EVERY_LANGUAGE, false),
        new PageType("feedback-unit", "/kommuner/{municipality}/tjenester/bibliotek", Visitor.ANONYMOUS, EVERY_LANGUAGE,
            false),
        new PageType("feedback-unit-signed-in", "/kommuner/{municipality}/tjenester/bibliotek", Visitor.RESIDENT,
            EVERY_LANGUAGE, false),
        new PageType("feedback", "/tilbakemeldinger/{feedback}", Visitor.ANONYMOUS, EVERY_LANGUAGE, false),
        new PageType("feedback-staff", "/tilbakemeldinger/{waitingFeedback}", Visitor.STAFF, EVERY_LANGUAGE, false),
        new PageType("feedback-moderation", "/stab/tilbakemeldinger/moderering", Visitor.STAFF, EVERY_LANGUAGE, false),
        new PageType("feedback-own", "/tilbakemeldinger/{ownFeedback}", Visitor.RESIDENT, EVERY_LANGUAGE, false),
        new PageType("feedback-edit", "/tilbakemeldinger/{ownFeedback}/endre", Visitor.RESIDENT, EVERY_LANGUAGE, false),
        new PageType("feedback-appeal", "/tilbakemeldinger/{hiddenOwnFeedback}", Visitor.RESIDENT, EVERY_LANGUAGE,
            false),
        new PageType("feedback-settings", "/stab/tilbakemeldinger/innstillinger", Visitor.ADMIN, EVERY_LANGUAGE, false),
        new PageType("event-planning", "/arrangementer/planlegging", Visitor.STAFF, EVERY_LANGUAGE, false),
        new PageType("event-new", "/arrangementer/ny", Visitor.STAFF, EVERY_LANGUAGE, false),
        new PageType("event-organiser", "/arrangementer/{organisedEvent}/organisering", Visitor.STAFF, EVERY_LANGUAGE,
            false),
        new PageType("event-check-in", "/arrangementer/{organisedEvent}/innsjekk", Visitor.STAFF, EVERY_LANGUAGE,
            false),
        new PageType("event-shifts", "/arrangementer/{organisedEvent}/vakter", Visitor.STAFF, EVERY_LANGUAGE, false),
        new PageType("event-shift-form", "/arrangementer/{organisedEvent}/vakter/{organisedShift}/endre",
            Visitor.STAFF, EVERY_LANGUAGE, false),
        new PageType("venue", "/lokaler/{venue}?uke=2027-03-22", Visitor.ANONYMOUS, EVERY_LANGUAGE, false),
        new PageType("venue-list", "/kommuner/{municipality}/lokaler", Visitor.ANONYMOUS, EVERY_LANGUAGE, false),
        new PageType("venue-list-staff", "/kommuner/{municipality}/lokaler", Visitor.STAFF, Set.of(Language.BOKMAL),
            false),
        new PageType("venue-new", "/lokaler/ny", Visitor.STAFF, EVERY_LANGUAGE, false),
        new PageType("venue-edit", "/lokaler/{venue}/endre", Visitor.STAFF, EVERY_LANGUAGE, false),
        new PageType("room-application", "/lokaler/{venue}/soknad", Visitor.RESIDENT, EVERY_LANGUAGE, false),
        new PageType("room-applications", "/lokaler/soknader?forening={association}", Visitor.RESIDENT,
            EVERY_LANGUAGE, false),
        new PageType("room-decision", "/stab/innboks/lokaler/{roomBooking}", Visitor.STAFF, EVERY_LANGUAGE, false));

    /** The address of this page in {@code language}, with the sample data's ids put in. */
    String address(Map<String, String> samples, Language language) {
        var address = path;
        for (var sample : samples.entrySet()) {
            address = address.replace("{" + sample.getKey() + "}", sample.getValue());
        }
        if (address.contains("{")) {
            throw new IllegalStateException(name + " needs sample data that SampleIdeas and SampleAssociations do not make: " + address);
        }
        return address + (address.contains("?") ? "&" : "?") + "lang=" + language.tag();
    }

    String describe(Language language) {
        return name + " (" + language.tag() + ", " + visitor.name().toLowerCase() + ")";
    }
}
