package com.lana.checkout.api;

import com.lana.checkout.api.staff.Approval;
import com.lana.checkout.api.staff.Till;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which calls a connection repeats when their reply is lost, and how it makes them safe to repeat. */
class RetryRulesTest {

    private static final BasketId BASKET = BasketId.random();

    @ParameterizedTest(name = "{0} is repeatable: {1}")
    @CsvSource(textBlock = """
            till,        true
            xReport,     true
            createBasket, true
            signOut,     false
            openShift,   false
            cashIn,      false
            cashOut,     false
            openDrawer,  false
            closeShift,  false
            """)
    void aTillRepeatsReadsAndNotItsShiftAndDrawerActions(String name, boolean repeatable) {
        Method method = Arrays.stream(Till.class.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow();

        assertThat(RetryRules.repeatable(method)).isEqualTo(repeatable);
    }

    @Test
    void removingABasketIsNotRepeatedWithOrWithoutAnApproval() throws Exception {
        assertThat(RetryRules.repeatable(Till.class.getMethod("removeBasket", BasketId.class))).isFalse();
        assertThat(RetryRules.repeatable(Till.class.getMethod("removeBasket", BasketId.class, Approval.class)))
                .isFalse();
    }

    @Test
    void aRefundWithAnApprovalAndNoOperationIdGetsOneAndKeepsTheApproval() throws Exception {
        Method refund = Till.class.getMethod("refund", SaleNumber.class, List.class, RefundTo.class,
                OperationId.class, Approval.class);
        Approval approval = Approval.of("Ann", "73914682");
        Object[] given = {new SaleNumber(1), List.of(), RefundTo.CASH, null, approval};

        Object[] sent = RetryRules.argumentsToSend(refund, given);

        assertThat(sent[3]).isInstanceOf(OperationId.class);
        assertThat(sent[4]).isSameAs(approval);
        assertThat(given[3]).as("the caller's arguments").isNull();
    }

    @Test
    void aOneUnitAddBecomesAnIdentifiedAddOfOne() throws Exception {
        Method called = CheckoutService.class.getMethod("addProduct", BasketId.class, String.class);

        Object[] sent = RetryRules.argumentsToSend(called, new Object[] {BASKET, "PEN"});

        assertThat(RetryRules.toSend(called).getParameterCount()).isEqualTo(4);
        assertThat(sent).hasSize(4).startsWith(BASKET, "PEN", 1);
        assertThat(sent[3]).isInstanceOf(OperationId.class);
    }

    @Test
    void aCallThatGivesItsOperationIdKeepsIt() throws Exception {
        Method add = CheckoutService.class.getMethod("addProduct", BasketId.class, String.class, int.class,
                OperationId.class);
        OperationId mine = OperationId.random();
        Object[] given = {BASKET, "PEN", 2, mine};

        assertThat(RetryRules.argumentsToSend(add, given)).containsExactly(BASKET, "PEN", 2, mine);
    }
}
