package no.samskap.gateway.organisations.directory;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.organisations.AssociationChecked;
import no.samskap.contract.organisations.AssociationRegistered;
import no.samskap.contract.organisations.AssociationUpdated;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.gateway.shell.web.PageChanges;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Keeps the public directory of associations in step with the organisations service: what each association says of
 * itself, what Enhetsregisteret said of its organisation number, and whether staff verified it. Who registered,
 * updated or verified it is not kept.
 */
@Singleton
class DirectoryProjection implements MessageHandler {

    private static final String IDEA_PAGE = "idea";

    private final DSLContext sql;
    private final HandlersByType handlers;
    private final PageChanges pages;

    DirectoryProjection(DSLContext sql, PageChanges pages) {
        this.sql = sql;
        this.pages = pages;
        this.handlers = HandlersByType.of(OrganisationsMessages.ASSOCIATION)
            .on(OrganisationsMessages.ASSOCIATION_REGISTERED, this::registered)
            .on(OrganisationsMessages.ASSOCIATION_CHECKED, this::checked)
            .on(OrganisationsMessages.ASSOCIATION_VERIFIED, (envelope, verified) -> update(envelope,
                "verified = true, verified_at = ?::timestamptz", utc(verified.verifiedAt())))
            .on(OrganisationsMessages.ASSOCIATION_UPDATED, this::updated)
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from association_directory");
        pages.everyPageChanged(IDEA_PAGE);
    }

    /** Then the pages of the ideas the association offered help on, which name it ({@code HelpOffersPanel}). */
    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
        pages.changed(IDEA_PAGE, sql.fetch("select distinct idea_id from help_offer where association_id = ?",
            UUID.fromString(envelope.aggregateId())).map(row -> row.get(0, UUID.class)));
    }

    private void registered(Envelope envelope, AssociationRegistered registered) {
        sql.execute("""
                insert into association_directory (id, municipality, organisation_number, name, type, description,
                                                   parent_association_id, registered_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz)
                on conflict (id) do nothing""",
            id(envelope), envelope.municipality(), registered.organisationNumber(), registered.name(), registered.type(),
            orEmpty(registered.description()), uuidOrNull(registered.parentAssociationId()),
            utc(registered.registeredAt()), utc(envelope.occurredAt()));
    }

    private void checked(Envelope envelope, AssociationChecked checked) {
        update(envelope, """
                register_status = ?, registered_name = ?, organisation_form = ?, in_frivillighetsregisteret = ?,
                deleted_on = ?::date, checked_at = ?::timestamptz""",
            checked.registerStatus(), checked.registeredName(), checked.organisationForm(),
            checked.inFrivillighetsregisteret(), checked.deletedOn() == null ? null : checked.deletedOn().toString(),
            utc(checked.checkedAt()));
    }

    private void updated(Envelope envelope, AssociationUpdated updated) {
        update(envelope, "name = ?, type = ?, description = ?, parent_association_id = ?", updated.name(),
            updated.type(), orEmpty(updated.description()), uuidOrNull(updated.parentAssociationId()));
    }

    private void update(Envelope envelope, String assignments, Object... values) {
        var bindings = new Object[values.length + 2];
        System.arraycopy(values, 0, bindings, 0, values.length);
        bindings[values.length] = utc(envelope.occurredAt());
        bindings[values.length + 1] = id(envelope);
        sql.execute("update association_directory set " + assignments + ", updated_at = ?::timestamptz where id = ?",
            bindings);
    }

    private static UUID id(Envelope envelope) {
        return UUID.fromString(envelope.aggregateId());
    }

    private static UUID uuidOrNull(String id) {
        return id == null || id.isBlank() ? null : UUID.fromString(id);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
