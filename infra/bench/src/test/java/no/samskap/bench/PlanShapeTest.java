package no.samskap.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanShapeTest {

    @Test
    void namesEveryIndexAPlanReadsAndCountsTheTopNodesBuffers() {
        var plan = PlanShape.of(List.of(
            "Limit  (cost=0.42..3.10 rows=21 width=400) (actual time=0.031..0.090 rows=21 loops=1)",
            "  Buffers: shared hit=25 read=3 dirtied=1",
            "  ->  Index Scan using idea_board_public_newest_first on idea_board  (actual rows=21 loops=1)",
            "        Buffers: shared hit=25 read=3",
            "  ->  Bitmap Index Scan on idea_board_public_search  (actual rows=900 loops=1)",
            "  ->  Index Only Scan Backward using idea_board_pkey on idea_board",
            "Planning Time: 0.210 ms",
            "Execution Time: 0.118 ms"));

        assertEquals(Set.of("idea_board_public_newest_first", "idea_board_public_search", "idea_board_pkey"),
            plan.indexes());
        assertFalse(plan.seqScan());
        assertEquals(28, plan.sharedBuffers());
        assertEquals(0.118, plan.executionMillis());
        assertEquals("idea_board_public_newest_first, idea_board_public_search, idea_board_pkey; no seq scan",
            plan.describe());
    }

    @Test
    void aPlanThatReadsTheWholeTableSaysSo() {
        var plan = PlanShape.of(List.of("Seq Scan on idea_board  (actual rows=1000000 loops=1)",
            "  Buffers: shared read=40000", "Execution Time: 512.000 ms"));

        assertTrue(plan.seqScan());
        assertTrue(plan.indexes().isEmpty());
        assertEquals("no index; **seq scan**", plan.describe());
    }
}
