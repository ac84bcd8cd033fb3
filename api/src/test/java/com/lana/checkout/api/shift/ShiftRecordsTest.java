package com.lana.checkout.api.shift;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.audit.AuditAction;
import com.lana.checkout.api.audit.AuditEntry;
import com.lana.checkout.api.print.ReceiptText;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ShiftRecordsTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2026, 12, 4, 9, 0);

    @Test
    void numbersPrintWithTheirTill() {
        assertThat(new ShiftNumber("T01", 3)).hasToString("T01-3");
        assertThat(new ZNumber("T01", 1)).hasToString("Z T01-000001");
    }

    @Test
    void aTillIdWithASpaceIsRefusedNamingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ShiftNumber("T 01", 1))
                .withMessageContaining("'T 01'");
    }

    @Test
    void aNegativeFloatIsRefusedNamingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Shift.opened(new ShiftNumber("T01", 1), "Anna", NINE, Money.parse("-1.00€")))
                .withMessageContaining("-1.00€");
    }

    @Test
    void cashOutOfNothingIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CashMovement(CashMovement.Kind.OUT, Money.ZERO, "Float", NINE, null))
                .withMessageContaining("0.00€");
    }

    @Test
    void anAuditEntryPrintsInFortyTwoColumnsWithItsApproval() {
        AuditEntry entry = new AuditEntry(NINE, "T01", "Anna", AuditAction.REFUND, "R-000001", Money.parse("7.50€"),
                "Marta", "Mug broken in its box when the customer opened it at home");

        assertThat(entry.toString().lines()).allSatisfy(line ->
                assertThat(line.length()).isLessThanOrEqualTo(ReceiptText.WIDTH));
        assertThat(entry.toString()).contains("2026-12-04 09:00:00 T01 Anna").containsPattern("REFUND R-000001 +7\\.50€")
                .contains("approved by Marta");
    }
}
