package no.samskap.platform.blocks;

import no.samskap.contract.MunicipalityNumber;

/**
 * Whether a person is blocked from writing in a municipality. Every service answers from its copy of the blocks
 * ({@link CopiedPersonBlocks}); the service that owns blocks may answer from its own records instead, so its refusals
 * start the moment the block is saved.
 */
public interface PersonBlocks {

    boolean isBlocked(MunicipalityNumber municipality, String personId);
}
