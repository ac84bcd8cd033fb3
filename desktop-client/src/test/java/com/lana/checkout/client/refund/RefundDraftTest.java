package com.lana.checkout.client.refund;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundQuote;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.VatAmount;
import com.lana.checkout.api.VatRate;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What the clerk picks to refund of a sale, key by key, before anything is sent: no window, no server. */
class RefundDraftTest {

    /** PEN, TSHIRT, MUG for 32.50€, paid 50.00€ in cash. */
    private static final Sale PEN_TSHIRT_MUG = sale(List.of(Payment.cash(Money.parse("50.00€"))),
            line("PEN", "Lana Pen", 1, "5.00€"), line("TSHIRT", "Lana T-Shirt", 1, "20.00€"),
            line("MUG", "Lana Coffee Mug", 1, "7.50€"));

    /** 3 × PEN, 2 × TSHIRT, paid by card and cash. */
    private static final Sale THREE_PENS_TWO_TSHIRTS = sale(List.of(Payment.card(Money.parse("35.00€"), ""),
                    Payment.cash(Money.parse("20.00€"))),
            line("PEN", "Lana Pen", 3, "5.00€"), line("TSHIRT", "Lana T-Shirt", 2, "20.00€"));

    @Test
    void everyUnitThatRemainsComesBackByDefault() {
        RefundDraft draft = RefundDraft.of(THREE_PENS_TWO_TSHIRTS.withReturned(List.of(ReturnedItem.of("PEN", 1))));

        assertThat(draft.lines()).extracting(RefundDraft.Line::code, RefundDraft.Line::remaining, RefundDraft.Line::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PEN", 2, 2),
                        org.assertj.core.groups.Tuple.tuple("TSHIRT", 2, 2));
        assertThat(draft.items()).containsExactly(ReturnedItem.of("PEN", 2), ReturnedItem.of("TSHIRT", 2));
        assertThat(draft.to()).isEqualTo(RefundTo.ORIGINAL);
    }

    @Test
    void theKeysStartOnTheFirstLineWithSomethingLeft() {
        RefundDraft draft = RefundDraft.of(PEN_TSHIRT_MUG.withReturned(List.of(ReturnedItem.of("PEN", 1))));

        assertThat(draft.selectedLine().code()).isEqualTo("TSHIRT");
        assertThat(draft.lines().get(0).quantity()).isZero();
    }

    @Test
    void arrowsMoveBetweenLinesAndStopAtTheEnds() {
        RefundDraft draft = RefundDraft.of(PEN_TSHIRT_MUG);

        assertThat(draft.move(-1).selectedLine().code()).isEqualTo("PEN");
        assertThat(draft.move(1).move(1).selectedLine().code()).isEqualTo("MUG");
        assertThat(draft.move(1).move(1).move(1).selectedLine().code()).isEqualTo("MUG");
    }

    @Test
    void zeroTypedOnALineKeepsItWithTheCustomer() throws Exception {
        RefundDraft draft = RefundDraft.of(PEN_TSHIRT_MUG).digit(0).move(1).digit(0);

        assertThat(draft.items()).containsExactly(ReturnedItem.of("MUG", 1));
        assertThat(draft.units()).isEqualTo(1);
    }

    @Test
    void lessAndMoreChangeTheSelectedLineByOne() throws Exception {
        RefundDraft draft = RefundDraft.of(THREE_PENS_TWO_TSHIRTS).less().less();

        assertThat(draft.selectedLine().quantity()).isEqualTo(1);
        assertThat(draft.more().selectedLine().quantity()).isEqualTo(2);
    }

    @Test
    void moreThanRemainsIsRefusedNamingWhatCanComeBack() {
        RefundDraft draft = RefundDraft.of(THREE_PENS_TWO_TSHIRTS.withReturned(List.of(ReturnedItem.of("PEN", 1))));

        assertThatExceptionOfType(RefundDraft.ChangeRefusedException.class).isThrownBy(draft::more)
                .withMessage("All 2 × Lana Pen that can come back are in the refund already (3 sold, 1 back already)");
    }

    @Test
    void lessThanNoneIsRefused() throws Exception {
        RefundDraft none = RefundDraft.of(PEN_TSHIRT_MUG).digit(0);

        assertThatExceptionOfType(RefundDraft.ChangeRefusedException.class).isThrownBy(none::less)
                .withMessage("No Lana Pen comes back already");
    }

    @Test
    void digitsTypedOneAfterTheOtherMakeOneQuantity() throws Exception {
        Sale twelvePens = sale(List.of(Payment.cash(Money.parse("60.00€"))), line("PEN", "Lana Pen", 12, "5.00€"));

        RefundDraft draft = RefundDraft.of(twelvePens).digit(1).digit(2);

        assertThat(draft.selectedLine().quantity()).isEqualTo(12);
    }

    @Test
    void aDigitAfterAnotherKeyStartsTheQuantityAfresh() throws Exception {
        RefundDraft draft = RefundDraft.of(THREE_PENS_TWO_TSHIRTS).digit(1).less().digit(2);

        assertThat(draft.selectedLine().quantity()).isEqualTo(2);
    }

    @Test
    void aTypedQuantityAboveWhatRemainsIsRefusedAndChangesNothing() throws Exception {
        RefundDraft one = RefundDraft.of(THREE_PENS_TWO_TSHIRTS).digit(1);

        assertThatExceptionOfType(RefundDraft.ChangeRefusedException.class).isThrownBy(() -> one.digit(5))
                .withMessage("15 × Lana Pen cannot come back: at most 3 (3 sold)");
        assertThat(one.selectedLine().quantity()).isEqualTo(1);
    }

    @Test
    void aLineWithNothingLeftIsShownButCannotBeChanged() {
        RefundDraft draft = RefundDraft.of(PEN_TSHIRT_MUG.withReturned(List.of(ReturnedItem.of("PEN", 1)))).select(0);

        assertThat(draft.selectedLine().quantity()).isZero();
        assertThatExceptionOfType(RefundDraft.ChangeRefusedException.class).isThrownBy(() -> draft.digit(1))
                .withMessage("Nothing of Lana Pen is left to come back (1 sold, 1 back already)");
        assertThatExceptionOfType(RefundDraft.ChangeRefusedException.class).isThrownBy(draft::more);
    }

    @Test
    void aSaleWhoseEveryUnitCameBackHasNothingLeft() {
        Sale allBack = PEN_TSHIRT_MUG.withReturned(List.of(ReturnedItem.of("PEN", 1), ReturnedItem.of("TSHIRT", 1),
                ReturnedItem.of("MUG", 1)));

        assertThat(RefundDraft.of(allBack).anythingLeft()).isFalse();
        assertThat(RefundDraft.of(allBack).items()).isEmpty();
    }

    @Test
    void theQuestionNamesTheItemsAndWhatTheServerSaysIsPaidBackAndHow() throws Exception {
        RefundDraft draft = RefundDraft.of(PEN_TSHIRT_MUG).digit(0).move(1).digit(0);
        RefundQuote quote = new RefundQuote(PEN_TSHIRT_MUG.number(), List.of(new Refund.Item("MUG", "Lana Coffee Mug", 1)),
                Money.parse("7.50€"), List.of(VatAmount.of(VatRate.STANDARD, Money.parse("7.50€"))),
                List.of(Payment.cash(Money.parse("7.50€"))));

        assertThat(draft.question(quote)).isEqualTo("""
                Refund these items of sale S-000001?
                    1 × Lana Coffee Mug
                7.50€ paid back the way the customer paid: in cash:
                    Cash 7.50€""");
    }

    @Test
    void theQuestionSaysWhyNothingIsPaidBackWhenNothingIs() throws Exception {
        RefundDraft draft = RefundDraft.of(PEN_TSHIRT_MUG).digit(0).move(1).digit(0);
        RefundQuote nothing = new RefundQuote(PEN_TSHIRT_MUG.number(), List.of(new Refund.Item("MUG", "Lana Coffee Mug", 1)),
                Money.ZERO, List.of(), List.of());

        assertThat(draft.question(nothing)).contains("Nothing is paid back").contains("still recorded")
                .doesNotContain("0.00€ paid back");
    }

    @Test
    void theWayTheCustomerPaidSaysCardsFirst() {
        assertThat(RefundDraft.of(THREE_PENS_TWO_TSHIRTS).payBackText())
                .isEqualTo("the way the customer paid: to the card (up to what it paid), the rest in cash");
        assertThat(RefundDraft.of(THREE_PENS_TWO_TSHIRTS).payBack(RefundTo.CASH).payBackText())
                .isEqualTo("in cash, from the drawer");
    }

    @Test
    void aConfirmedRefundGetsANewIdUnlessItIsTheOneTurnedDownSentAgain() throws Exception {
        RefundDraft mugOnly = RefundDraft.of(PEN_TSHIRT_MUG).digit(0).move(1).digit(0);
        PendingRefund turnedDown = PendingRefund.of(mugOnly, null);

        assertThat(PendingRefund.of(mugOnly, turnedDown).operation()).isEqualTo(turnedDown.operation());
        assertThat(PendingRefund.of(mugOnly.payBack(RefundTo.CASH), turnedDown).operation())
                .isNotEqualTo(turnedDown.operation());
        assertThat(PendingRefund.of(mugOnly.move(-1).more(), turnedDown).operation()).isNotEqualTo(turnedDown.operation());
    }

    @Test
    void nothingToRefundIsNeverSent() throws Exception {
        RefundDraft nothing = RefundDraft.of(PEN_TSHIRT_MUG).digit(0).move(1).digit(0).move(1).digit(0);

        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> PendingRefund.of(nothing, null))
                .withMessage("A refund of S-000001 needs at least one item coming back");
    }

    private static Receipt.Line line(String code, String name, int quantity, String unitPrice) {
        Money unit = Money.parse(unitPrice);
        return new Receipt.Line(code, name, quantity, unit, unit.times(quantity));
    }

    /** Sale S-000001 of the lines, without promotions: the draft prices nothing, so none are needed. */
    private static Sale sale(List<Payment> payments, Receipt.Line... lines) {
        Money total = List.of(lines).stream().map(Receipt.Line::amount).reduce(Money.ZERO, Money::plus);
        Money paid = payments.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
        return new Sale(new SaleNumber(1), LocalDateTime.of(2026, 11, 26, 10, 0), new Receipt(BasketId.random(), 1,
                List.of(lines), List.of(), total), payments, paid.minus(total));
    }
}
