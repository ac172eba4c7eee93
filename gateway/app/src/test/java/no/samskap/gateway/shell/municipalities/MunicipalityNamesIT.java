package no.samskap.gateway.shell.municipalities;

import no.samskap.contract.municipalities.MunicipalityMessages;
import no.samskap.contract.municipalities.NamedChoice;
import no.samskap.contract.municipalities.Names;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.shell.web.Language;
import no.samskap.platform.blocks.PersonBlocks;
import no.samskap.platform.consumption.MessageHandler;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway names municipalities and their values from its copy of the shared topic, and never learns of blocks. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MunicipalityNamesIT {

    private static final String NEVER_SHOWN = "gateway-never-sees-this-person";

    private TestInfrastructure infrastructure;
    private GatewayUnderTest gateway;
    private MunicipalitiesOnKafka municipalities;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        gateway = GatewayUnderTest.start(infrastructure);
        municipalities = new MunicipalitiesOnKafka(infrastructure);
    }

    @AfterAll
    void stop() {
        gateway.close();
        municipalities.close();
    }

    @Test
    void theBoardCarriesTheMunicipalitysNameAndItsValuesAreNamedInThePagesLanguage() {
        municipalities.described("1833", "Rana", List.of(
            new NamedChoice("folkehelse", new Names("Folkehelse", "Folkehelse", "Public health")),
            new NamedChoice("barn-og-unge", new Names("Barn og unge", "Born og unge", "Children and young people"))));

        eventually(() -> assertTrue(gateway.get("/kommuner/1833/ideer?lang=nn").body().contains("Idear i Rana")));
        assertTrue(gateway.get("/kommuner/1833/ideer?lang=en").body().contains("Ideas in Rana"));
        var directory = gateway.bean(MunicipalityDirectory.class);
        assertEquals(Map.of("folkehelse", "Public health", "barn-og-unge", "Children and young people"),
            directory.strategicValueNames("1833", Language.ENGLISH).orElseThrow());
        assertEquals("Born og unge", directory.strategicValueNames("1833", Language.NYNORSK).orElseThrow()
            .get("barn-og-unge"));
        assertEquals("0301", directory.nameOf("0301"));
        assertEquals(404, gateway.get("/kommuner/0301/ideer").statusCode(), "neither described nor with ideas: not served");
        assertTrue(directory.strategicValueNames("0301", Language.BOKMAL).isEmpty());
    }

    @Test
    void aBlockNeverReachesTheGatewaysTablesApiOrPages() throws Exception {
        municipalities.blocked("1833", NEVER_SHOWN);
        municipalities.described("4618", "Ullensvang", List.of());

        eventually(() -> assertTrue(gateway.get("/kommuner/4618/ideer").body().contains("Ideer i Ullensvang")));
        assertFalse(gateway.context().containsBean(PersonBlocks.class));
        assertTrue(gateway.context().getBeansOfType(MessageHandler.class).stream()
            .noneMatch(handler -> handler.source().equals(MunicipalityMessages.PERSON_BLOCK)));
        assertEquals(0, count("select count(*) from person_block_copy"));
        assertEquals(0, count("select count(*) from processed_message where message_type like 'person-%'"));
        assertFalse(gateway.get("/api/ideas?municipality=1833").body().contains(NEVER_SHOWN));
        assertFalse(gateway.get("/kommuner/1833/ideer").body().contains(NEVER_SHOWN));
    }

    private long count(String query) throws Exception {
        try (var connection = infrastructure.connect(gateway.schema());
             var rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
