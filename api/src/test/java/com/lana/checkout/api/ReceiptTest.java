package com.lana.checkout.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptTest {

    private static final BasketId BASKET = new BasketId(0, 42);
    private static final Receipt.Line THREE_PENS =
            new Receipt.Line("PEN", "Lana Pen", 3, Money.ofMinor(500), Money.ofMinor(1500));
    private static final Receipt.Line ONE_MUG =
            new Receipt.Line("MUG", "Lana Coffee Mug", 1, Money.ofMinor(750), Money.ofMinor(750));
    private static final Receipt.Discount ONE_PEN_FREE =
            new Receipt.Discount("PEN", "2-for-1 on PEN", Money.ofMinor(500));
    private static final Receipt PENS_AND_MUG =
            new Receipt(BASKET, 4, List.of(THREE_PENS, ONE_MUG), List.of(ONE_PEN_FREE), Money.ofMinor(1750));
    private static final Receipt EMPTY = new Receipt(BASKET, 0, List.of(), List.of(), Money.ZERO);

    @Test
    void theSubtotalSumsTheLinesBeforePromotions() {
        assertThat(PENS_AND_MUG.subtotal()).hasToString("22.50€");
    }

    @Test
    void theSavingsSumTheDiscounts() {
        assertThat(PENS_AND_MUG.savings()).hasToString("5.00€");
    }

    @Test
    void theUnitsCountEveryItemOfEveryLine() {
        assertThat(PENS_AND_MUG.units()).isEqualTo(4);
    }

    @Test
    void aReceiptWithLinesIsNotEmpty() {
        assertThat(PENS_AND_MUG.isEmpty()).isFalse();
    }

    @Test
    void aReceiptWithoutLinesIsEmpty() {
        assertThat(EMPTY.isEmpty()).isTrue();
    }

    @Test
    void printedReceiptNamesTheBasket() {
        assertThat(PENS_AND_MUG.toString()).startsWith("Basket " + BASKET);
    }

    @Test
    void printedReceiptShowsEachLineWithQuantityUnitPriceAndAmount() {
        assertThat(PENS_AND_MUG.toString())
                .containsPattern("3 x Lana Pen +5\\.00€ +15\\.00€")
                .containsPattern("1 x Lana Coffee Mug +7\\.50€ +7\\.50€");
    }

    @Test
    void printedReceiptShowsADiscountRightUnderTheLineItReduces() {
        List<String> lines = PENS_AND_MUG.toString().lines().toList();
        int pens = indexOfLineContaining(lines, "Lana Pen");

        assertThat(lines.get(pens + 1)).containsPattern("2-for-1 on PEN +-5\\.00€");
    }

    @Test
    void printedReceiptEndsWithSubtotalSavingsAndTotal() {
        List<String> lines = PENS_AND_MUG.toString().lines().toList();

        assertThat(lines.subList(lines.size() - 3, lines.size()))
                .satisfiesExactly(
                        subtotal -> assertThat(subtotal).containsPattern("Subtotal +22\\.50€"),
                        savings -> assertThat(savings).containsPattern("Savings +-5\\.00€"),
                        total -> assertThat(total).containsPattern("TOTAL +17\\.50€$"));
    }

    @Test
    void printedEmptyReceiptTotalsZero() {
        assertThat(EMPTY.toString()).containsPattern("TOTAL +0\\.00€$");
    }

    private static int indexOfLineContaining(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("No line contains '" + text + "' in " + lines);
    }
}
