package org.hspnavigator.engine.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hspnavigator.engine.procedure.EvidenceSelection.Candidate;
import org.junit.jupiter.api.Test;

class EvidenceSelectionTest {

    private static Candidate item(int points, SheetEvidence... evidence) {
        return new Candidate(points, List.of(evidence));
    }

    @Test
    void takesTheFewestItemsThatReachTheThreshold() {
        List<Candidate> items = List.of(item(20, SheetEvidence.EDUCATION), item(10, SheetEvidence.CAREER),
                item(30, SheetEvidence.SALARY), item(10), item(10, SheetEvidence.JAPANESE_LANGUAGE));
        // 20 + 30 + 10 reaches 60 only; four items are needed for 70: 20 + 30 + two tens, each choice with
        // three documents (the third ten needs none), so the earliest.
        assertThat(EvidenceSelection.choose(items, 70)).contains(List.of(0, 1, 2, 3));
        assertThat(EvidenceSelection.choose(items.subList(1, 5), 50)).contains(List.of(0, 1, 2));
    }

    @Test
    void amongEquallySmallSetsPrefersFewerDocumentsThenMorePointsThenSheetOrder() {
        // Age (no evidence) beats an equal item with a document.
        List<Candidate> items = List.of(item(40, SheetEvidence.SALARY), item(30, SheetEvidence.EDUCATION), item(30));
        assertThat(EvidenceSelection.choose(items, 70)).contains(List.of(0, 2));
        // Same documents: the larger margin wins.
        List<Candidate> margin = List.of(item(35, SheetEvidence.EDUCATION), item(35, SheetEvidence.CAREER),
                item(40, SheetEvidence.SALARY));
        assertThat(EvidenceSelection.choose(margin, 70)).contains(List.of(0, 2));
        // A shared line (⑩) counts once.
        List<Candidate> shared = List.of(item(35, SheetEvidence.INNOVATION_SUPPORT, SheetEvidence.SME),
                item(35, SheetEvidence.SME, SheetEvidence.SME_RESEARCH_SPENDING),
                item(35, SheetEvidence.CAREER, SheetEvidence.SALARY));
        assertThat(EvidenceSelection.choose(shared, 70)).contains(List.of(0, 1));
        // Everything equal: the earliest items.
        List<Candidate> equal = List.of(item(35, SheetEvidence.EDUCATION), item(35, SheetEvidence.CAREER),
                item(35, SheetEvidence.SALARY));
        assertThat(EvidenceSelection.choose(equal, 70)).contains(List.of(0, 1));
    }

    @Test
    void nothingWhenAllTogetherFallShortAndExactlyTheThresholdSuffices() {
        assertThat(EvidenceSelection.choose(List.of(item(30), item(39)), 70)).isEmpty();
        assertThat(EvidenceSelection.choose(List.of(item(30), item(40)), 70)).contains(List.of(0, 1));
    }
}
