package com.lana.checkout.client.ui.journal;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.SaleSummary;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the journal shows a sale: one row of text per sale. */
class JournalTableModelTest {

    @Test
    void aSplitSaleShowsEachPaymentKindOnceInTheOrderTaken() {
        JournalTableModel rows = new JournalTableModel();
        rows.setRows(JournalTableModel.entries(List.of(new SaleSummary(new SaleNumber(3),
                LocalDateTime.of(2026, 11, 26, 9, 5, 7), 5, Money.parse("65.00€"),
                List.of(Payment.Kind.CARD, Payment.Kind.CASH, Payment.Kind.CASH), Money.parse("1.50€"))), List.of()));

        assertThat(List.of(0, 1, 2, 3, 4, 5)).map(column -> rows.getValueAt(0, column))
                .containsExactly("S-000003", "09:05:07", "5", "65.00€", "Card + Cash", "1.50€");
    }
}
