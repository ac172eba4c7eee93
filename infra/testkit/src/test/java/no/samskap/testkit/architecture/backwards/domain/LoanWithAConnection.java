package no.samskap.testkit.architecture.backwards.domain;

import java.sql.Connection;

public record LoanWithAConnection(Connection connection) {
}
