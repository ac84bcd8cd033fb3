package com.lana.checkout.client.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SelectionStepTest {

    @Test
    void withNoRowsThereIsNothingToSelect() {
        assertThat(SelectionStep.next(-1, 0, 1)).isEqualTo(-1);
    }

    @Test
    void downWithNothingSelectedStartsAtTheTop() {
        assertThat(SelectionStep.next(-1, 5, 1)).isZero();
    }

    @Test
    void upWithNothingSelectedStartsAtTheBottom() {
        assertThat(SelectionStep.next(-1, 5, -1)).isEqualTo(4);
    }

    @Test
    void aStepMovesOneRow() {
        assertThat(SelectionStep.next(2, 5, 1)).isEqualTo(3);
        assertThat(SelectionStep.next(2, 5, -1)).isEqualTo(1);
    }

    @Test
    void theSelectionStopsAtTheLastRow() {
        assertThat(SelectionStep.next(4, 5, 1)).isEqualTo(4);
    }

    @Test
    void theSelectionStopsAtTheFirstRow() {
        assertThat(SelectionStep.next(0, 5, -1)).isZero();
    }
}
