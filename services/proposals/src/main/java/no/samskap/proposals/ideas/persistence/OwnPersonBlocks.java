package no.samskap.proposals.ideas.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.platform.blocks.PersonBlocks;
import no.samskap.proposals.ideas.domain.Blocks;
import no.samskap.proposals.ideas.domain.Municipality;

import java.sql.Connection;

/**
 * Proposals owns the blocks for now, so the platform's refusal of blocked people's writes asks its own records rather
 * than the copy from the topic: a block refuses the next request, and an unblock lets it through, without waiting for
 * the message to come round.
 */
@Singleton
class OwnPersonBlocks implements PersonBlocks {

    private final Blocks blocks;
    private final TransactionOperations<Connection> transactions;

    OwnPersonBlocks(Blocks blocks, TransactionOperations<Connection> transactions) {
        this.blocks = blocks;
        this.transactions = transactions;
    }

    @Override
    public boolean isBlocked(MunicipalityNumber municipality, String personId) {
        return transactions.executeRead(status -> blocks.isBlocked(new Municipality(municipality.value()), personId));
    }
}
