package no.samskap.gateway.shell.schema;

/**
 * A module's own read-model tables: where its Flyway migrations are and the history table that records them. Each
 * module has a history of its own, so two modules never compete for a version number.
 */
public record ReadModelSchema(String module, String location, String historyTable) {
}
