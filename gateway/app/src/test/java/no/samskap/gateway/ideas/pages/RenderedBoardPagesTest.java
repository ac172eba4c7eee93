package no.samskap.gateway.ideas.pages;

import no.samskap.gateway.ideas.readmodel.BoardQuery;
import no.samskap.gateway.ideas.readmodel.IdeaBoardPage;
import no.samskap.gateway.ideas.readmodel.IdeaPetition;
import no.samskap.gateway.shell.web.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RenderedBoardPagesTest {

    private static final BoardQuery RANA = BoardQuery.of("1833", null, List.of(), List.of(), null, null, 20, null);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final UUID IDEA = UUID.randomUUID();

    private final RenderedBoardPages kept = new RenderedBoardPages(2);
    private final AtomicInteger renderings = new AtomicInteger();

    @Test
    void theSamePageObjectWithTheSamePetitionsNameAndDayIsNotRenderedAgain() {
        var page = new IdeaBoardPage(List.of(), null);

        assertEquals("<ol>1</ol>", main(RANA, Language.BOKMAL, page, Map.of(), "Rana", TODAY));
        assertEquals("<ol>1</ol>", main(RANA, Language.BOKMAL, page, Map.of(), "Rana", TODAY));
        assertEquals(1, renderings.get());
    }

    @Test
    void anotherPageObjectAnyChangedPetitionAnotherNameOrDayIsRenderedAfresh() {
        var page = new IdeaBoardPage(List.of(), null);
        main(RANA, Language.BOKMAL, page, Map.of(), "Rana", TODAY);

        main(RANA, Language.BOKMAL, new IdeaBoardPage(List.of(), null), Map.of(), "Rana", TODAY);
        var again = new IdeaBoardPage(List.of(), null);
        main(RANA, Language.BOKMAL, again, Map.of(), "Rana", TODAY);
        main(RANA, Language.BOKMAL, again, Map.of(IDEA, petition(57)), "Rana", TODAY);
        main(RANA, Language.BOKMAL, again, Map.of(IDEA, petition(58)), "Rana", TODAY);
        main(RANA, Language.BOKMAL, again, Map.of(IDEA, petition(58)), "Rana kommune", TODAY);
        main(RANA, Language.BOKMAL, again, Map.of(IDEA, petition(58)), "Rana kommune", TODAY.plusDays(1));

        assertEquals(7, renderings.get());
    }

    @Test
    void eachLanguageAndQueryHasItsOwnAndTheLeastRecentlyAskedGivesWay() {
        var page = new IdeaBoardPage(List.of(), null);
        var bodo = BoardQuery.of("1804", null, List.of(), List.of(), null, null, 20, null);
        main(RANA, Language.BOKMAL, page, Map.of(), "Rana", TODAY);
        main(RANA, Language.ENGLISH, page, Map.of(), "Rana", TODAY);
        main(RANA, Language.BOKMAL, page, Map.of(), "Rana", TODAY);
        assertEquals(2, renderings.get());

        main(bodo, Language.BOKMAL, page, Map.of(), "Bodø", TODAY);
        main(RANA, Language.BOKMAL, page, Map.of(), "Rana", TODAY);
        main(RANA, Language.ENGLISH, page, Map.of(), "Rana", TODAY);

        assertEquals(4, renderings.get(), "English gave way to Bodø, and Rana in bokmål was asked since");
    }

    private String main(BoardQuery query, Language language, IdeaBoardPage page, Map<UUID, IdeaPetition> petitions,
                        String name, LocalDate today) {
        return kept.main(query, language, page, petitions, name, today,
            () -> "<ol>" + renderings.incrementAndGet() + "</ol>");
    }

    private static IdeaPetition petition(int signatures) {
        return new IdeaPetition(IDEA, "collecting", signatures, 300, Instant.parse("2026-11-20T12:00:00Z"), null, null,
            null, null, null);
    }
}
