package no.samskap.proposals;

import no.samskap.testkit.ApplicationUnderTest;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What the service's notification table holds: who was told what about an idea, and counts of any query. */
public final class Told {

    private final ApplicationUnderTest proposals;

    public Told(ApplicationUnderTest proposals) {
        this.proposals = proposals;
    }

    public long times(String idea, String kind) throws SQLException {
        return count("select count(*) from notification where idea_id = '" + idea + "' and kind = '" + kind + "'");
    }

    public List<String> people(String idea, String kind) throws SQLException {
        try (var connection = proposals.connect();
             var rows = connection.createStatement().executeQuery("select person_id from notification where idea_id = '"
                 + idea + "' and kind = '" + kind + "' order by person_id")) {
            var people = new ArrayList<String>();
            while (rows.next()) {
                people.add(rows.getString(1));
            }
            return people;
        }
    }

    public long count(String query) throws SQLException {
        try (var connection = proposals.connect();
             var rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
