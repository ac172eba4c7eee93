package no.samskap.gateway.ideas.readmodel;

import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The weekly walk puts each week into one template of the search (V25) instead of taking the search apart for every
 * week; for any words, that gives exactly the search the week-by-week function gives.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeeklySearchTemplateIT {

    private TestInfrastructure infrastructure;
    private String schema;

    @BeforeAll
    void migrate(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        schema = IdeasSchema.migrated(infrastructure);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kino", "tegneseriekurs kaia", "\"sommer kino\" -konsert", "sykkel or sykler",
        "O'Brien's \\\\ back\\\\slash", "a'1833/2970/b", "Sámi čáđi ŋ ŧ", "konsert 🎸", "-konsert", "og i på",
        "https://example.org/a/b?c=d", "jazz <-> kveld", "'''' \\\\'"})
    void givesEachWeekTheSearchTheWeekByWeekFunctionGives(String words) throws SQLException {
        for (var week : new int[] {0, 2970, -5}) {
            assertEquals(weekByWeek(words, week), fromTheTemplate(words, week), words + " in week " + week);
        }
    }

    @Test
    void filesAWordTooLongForALexemeUnderItsMd5InTheTemplateToo() throws SQLException {
        var word = "a".repeat(1950);
        assertEquals(weekByWeek(word, 2970), fromTheTemplate(word, 2970));
    }

    private String weekByWeek(String words, int week) throws SQLException {
        return one("select idea_weekly_search_query(idea_search_query(?), '1833', ?)::text", words, week);
    }

    private String fromTheTemplate(String words, int week) throws SQLException {
        return one("select idea_weekly_search_of(idea_weekly_search_template(idea_search_query(?), '1833'), '1833', ?)::text",
            words, week);
    }

    private String one(String sql, String words, int week) throws SQLException {
        try (var connection = infrastructure.connect(schema); var statement = connection.prepareStatement(sql)) {
            statement.setString(1, words);
            statement.setInt(2, week);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
