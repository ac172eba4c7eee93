package no.samskap.bench;

import no.samskap.gateway.ideas.readmodel.BoardForBenchmarks.Sql;

import java.util.function.IntFunction;

/**
 * One way people read the board, as the gateway's code runs it: {@code run} performs the i-th repetition (each may
 * vary its input, as visitors do) and {@code explained} is the statement of the first repetition, for its plan.
 */
record Scenario(String name, IntFunction<Integer> run, Sql explained) {
}
