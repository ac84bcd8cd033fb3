package com.lana.checkout.client.ui;

/**
 * Where arrow-like keys move a selection in a list or table of rows: one step from the selected
 * row, stopping at the first and the last; with nothing selected, down starts at the top and up
 * at the bottom.
 */
final class SelectionStep {

    private SelectionStep() {
    }

    /**
     * @param selected the selected row, or -1 for none
     * @param count how many rows there are
     * @param delta {@code -1} up, {@code +1} down (or more rows at once)
     * @return the row to select, or -1 when there are no rows
     */
    static int next(int selected, int count, int delta) {
        if (count == 0) {
            return -1;
        }
        if (selected < 0) {
            return delta > 0 ? 0 : count - 1;
        }
        return Math.max(0, Math.min(count - 1, selected + delta));
    }
}
