package com.lana.checkout.server.security;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.staff.Role;
import com.lana.checkout.server.security.Permissions.Guarded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Which actions a clerk needs a manager's approval for, with the default limits. */
class PermissionsTest {

    private static final Permissions RULES = Permissions.DEFAULT;

    @ParameterizedTest
    @EnumSource(Guarded.class)
    void aManagerNeedsNoApprovalForAnything(Guarded action) {
        assertThat(RULES.needsApproval(Role.MANAGER, action, Money.parse("1000.00"))).isFalse();
    }

    @ParameterizedTest(name = "a clerk: {0} concerning {1} needs approval: {2}")
    @CsvSource(textBlock = """
            CANCEL_SALE,         0.00,   true
            REFUND,              0.01,   true
            REFUND_CARD_IN_CASH, 0.01,   true
            CASH_OUT,            0.01,   true
            OPEN_DRAWER,         0.00,   true
            VOID_LINE,           20.00,  false
            VOID_LINE,           20.01,  true
            CLOSE_SHIFT,         5.00,   false
            CLOSE_SHIFT,         -5.00,  false
            CLOSE_SHIFT,         5.01,   true
            CLOSE_SHIFT,         -5.01,  true
            CLOSE_SHIFT,         0.00,   false
            """)
    void aClerkNeedsApprovalAsTheRulesSay(Guarded action, String amount, boolean needed) {
        assertThat(RULES.needsApproval(Role.CLERK, action, Money.parse(amount))).isEqualTo(needed);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            -0.01, 5.00
            20.00, -0.01
            """)
    void aNegativeLimitCannotExist(String voidLimit, String shiftLimit) {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Permissions(Money.parse(voidLimit), Money.parse(shiftLimit))).withMessageContaining("-0.01");
    }
}
