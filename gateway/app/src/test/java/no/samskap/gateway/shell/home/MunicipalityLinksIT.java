package no.samskap.gateway.shell.home;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.shell.ExtraModule;
import no.samskap.gateway.shell.municipalities.MunicipalitiesOnKafka;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The front page lists the municipalities the gateway has heard of, by name, each with the way in every module
 * offers; a module left out takes its link with it. Two gateways in consumer groups of their own both hear of them.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MunicipalityLinksIT {

    private static final String RANA_BOARD = "<li><a class=\"ds-link\" href=\"/kommuner/1833/ideer\">Ideer i Rana</a></li>";
    private static final String RANA_EXTRA = "<li><a class=\"ds-link\" href=\"/ekstra/1833\">Ekstra i Rana</a></li>";
    private static final String ULLENSVANG_BOARD = "<li><a class=\"ds-link\" href=\"/kommuner/4618/ideer\">Ideer i Ullensvang</a></li>";

    private GatewayUnderTest withTheModule;
    private GatewayUnderTest withoutTheModule;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        withTheModule = GatewayUnderTest.start(infrastructure, Map.of(ExtraModule.SWITCH, "on",
            "samskap.messaging.consumer-group", "gateway-with-the-extra-module"));
        withoutTheModule = GatewayUnderTest.start(infrastructure);
        try (var municipalities = new MunicipalitiesOnKafka(infrastructure)) {
            municipalities.described("4618", "Ullensvang", List.of());
            municipalities.described("1833", "Rana", List.of());
        }
    }

    @AfterAll
    void stop() {
        withoutTheModule.close();
        withTheModule.close();
    }

    @Test
    void listsEachKnownMunicipalityByNameWithEveryModulesLinkInOrder() {
        eventually(() -> assertTrue(bothKnown(withTheModule.get("/").body())));
        var home = withTheModule.get("/").body();

        assertAll(
            () -> assertTrue(home.contains(RANA_BOARD), home),
            () -> assertTrue(home.contains(RANA_EXTRA), home),
            () -> assertTrue(home.indexOf(RANA_BOARD) < home.indexOf(RANA_EXTRA), "the ideas module's link first"),
            () -> assertTrue(home.indexOf(RANA_EXTRA) < home.indexOf(ULLENSVANG_BOARD), "Rana before Ullensvang"),
            () -> assertTrue(withTheModule.get("/?lang=nn").body().contains("Idear i Rana"), "in the page's language"));
    }

    @Test
    void withoutTheModuleItsLinkIsGoneAndTheIdeasModulesStays() {
        eventually(() -> assertTrue(bothKnown(withoutTheModule.get("/").body())));
        var home = withoutTheModule.get("/").body();

        assertAll(
            () -> assertTrue(home.contains(RANA_BOARD), home),
            () -> assertFalse(home.contains("/ekstra/"), home));
    }

    /** Another test may have described Ullensvang already, so waiting for it alone does not mean Rana has arrived. */
    private static boolean bothKnown(String home) {
        return home.contains(ULLENSVANG_BOARD) && home.contains(RANA_BOARD);
    }
}
