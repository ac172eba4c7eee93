package no.samskap.feedback;

import no.samskap.testkit.ApplicationUnderTest;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Feedback put straight into the service's table, and what its outbox holds, for the answers and moderation tests. */
public final class FeedbackRows {

    private final ApplicationUnderTest feedback;

    public FeedbackRows(ApplicationUnderTest feedback) {
        this.feedback = feedback;
    }

    /** Feedback on Rana's library by the author, given today, to be answered by {@code respondBy}; its id. */
    public String onTheLibrary(String author, LocalDate respondBy) {
        var id = UUID.randomUUID().toString();
        execute("insert into feedback (id, municipality, unit, author_id, rating, text, wish_next, respond_by, given_at)"
            + " values ('" + id + "', '1833', 'bibliotek', '" + author + "', 2, 'Biblioteket har for kort åpningstid.',"
            + " 'Åpent på søndager', '" + respondBy + "', now())");
        return id;
    }

    public String onTheLibrary(String author) {
        return onTheLibrary(author, LocalDate.now().plusDays(14));
    }

    public void execute(String statement) {
        try (var connection = feedback.connect(); var sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String text(String query) {
        try (var connection = feedback.connect(); var statement = connection.createStatement();
             var result = statement.executeQuery(query)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The envelopes in the outbox with this key and type, oldest first. */
    public List<String> outbox(String key, String type) {
        try (var connection = feedback.connect(); var statement = connection.prepareStatement(
            "select envelope from outbox_message where message_key = ? and message_type = ? order by seq")) {
            statement.setString(1, key);
            statement.setString(2, type);
            var envelopes = new ArrayList<String>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    envelopes.add(rows.getString(1));
                }
            }
            return envelopes;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every envelope in the outbox, whatever its topic. */
    public String wholeOutbox() {
        return text("select coalesce(string_agg(envelope, '\n' order by seq), '') from outbox_message");
    }
}
