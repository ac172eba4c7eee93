package no.samskap.testkit;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AuthorizationMatrixTest {

    private static final String TABLE = """
        # a comment
        # route         | anonymous | resident
        POST /ideas     | 401       | 201
        GET /ideas/{id} | 200       | 200
        """;

    @Test
    void readsOneCellPerRouteAndPersona() {
        var matrix = AuthorizationMatrix.parse(TABLE);

        assertEquals(Set.of("POST /ideas", "GET /ideas/{id}"), matrix.routes());
        assertEquals(List.of(new AuthorizationMatrix.Cell("POST /ideas", "anonymous", 401),
                new AuthorizationMatrix.Cell("POST /ideas", "resident", 201),
                new AuthorizationMatrix.Cell("GET /ideas/{id}", "anonymous", 200),
                new AuthorizationMatrix.Cell("GET /ideas/{id}", "resident", 200)),
            matrix.cells().toList());
    }

    @Test
    void refusesARowWithACellMissing() {
        assertThrows(IllegalArgumentException.class, () -> AuthorizationMatrix.parse(TABLE + "DELETE /ideas/{id} | 401\n"));
    }

    @Test
    void refusesTwoRowsForOneRoute() {
        assertThrows(IllegalArgumentException.class, () -> AuthorizationMatrix.parse(TABLE + "POST /ideas | 401 | 201\n"));
    }
}
