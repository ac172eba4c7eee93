package no.samskap.gateway.ideas.pages;

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

    private static final String RANA = "/kommuner/1833/ideer";
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
    void eachLanguageAndAddressHasItsOwnAndTheLeastRecentlyAskedGivesWay() {
        var page = new IdeaBoardPage(List.of(), null);
        var bodo = "/kommuner/1804/ideer";
        main(RANA, Language.BOKMAL, page, Map.of(), "Rana", TODAY);
        main(RANA, Language.ENGLISH, page, Map.of(), "Rana", TODAY);
        main(RANA, Language.BOKMAL, page, Map.of(), "Rana", TODAY);
        assertEquals(2, renderings.get());

        main(bodo, Language.BOKMAL, page, Map.of(), "Bodø", TODAY);
        main(RANA, Language.BOKMAL, page, Map.of(), "Rana", TODAY);
        main(RANA, Language.ENGLISH, page, Map.of(), "Rana", TODAY);

        assertEquals(4, renderings.get(), "English gave way to Bodø, and Rana in bokmål was asked since");
    }

    private String main(String address, Language language, IdeaBoardPage page, Map<UUID, IdeaPetition> petitions,
                        String name, LocalDate today) {
        return kept.main(address, language, page, petitions, name, today,
            () -> "<ol>" + renderings.incrementAndGet() + "</ol>");
    }

    private static IdeaPetition petition(int signatures) {
        return new IdeaPetition(IDEA, "collecting", signatures, 300, Instant.parse("2026-11-20T12:00:00Z"), null, null,
            null, null, null);
    }
}
