package com.lana.checkout.client.sale;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Receipt;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a till tells its clerk when a re-read basket holds what another terminal changed. */
class BasketChangesTest {

    private static final BasketId BASKET = new BasketId(1, 2);

    @Test
    void oneUnitAddedIsNamedByItsCode() {
        assertThat(BasketChanges.between(receipt(1, "PEN", 1), receipt(2, "PEN", 1, "MUG", 1)))
                .hasValue("MUG added at another terminal");
    }

    @Test
    void unitsAddedAndRemovedAreCountedAdditionsFirst() {
        assertThat(BasketChanges.between(receipt(3, "PEN", 3, "MUG", 1), receipt(6, "MUG", 4, "TSHIRT", 1, "PEN", 2)))
                .hasValue("3 MUG added, TSHIRT added, 1 PEN removed at another terminal");
    }

    @Test
    void aLineRemovedWholeIsCounted() {
        assertThat(BasketChanges.between(receipt(1, "PEN", 2), receipt(2)))
                .hasValue("2 PEN removed at another terminal");
    }

    @Test
    void nothingIsSaidWhenTheVersionIsNotNewer() {
        assertThat(BasketChanges.between(receipt(2, "PEN", 1), receipt(2, "PEN", 2))).isEmpty();
        assertThat(BasketChanges.between(receipt(3, "PEN", 1), receipt(2, "PEN", 2))).isEmpty();
    }

    @Test
    void nothingIsSaidWhenChangesCancelOut() {
        assertThat(BasketChanges.between(receipt(1, "PEN", 1), receipt(3, "PEN", 1))).isEmpty();
    }

    @Test
    void nothingIsSaidOfAnotherBasketOrWithoutAnEarlierReceipt() {
        Receipt other = new Receipt(new BasketId(9, 9), 5, List.of(), List.of(), Money.ZERO);
        assertThat(BasketChanges.between(receipt(1, "PEN", 1), other)).isEmpty();
        assertThat(BasketChanges.between(null, receipt(1, "PEN", 1))).isEmpty();
    }

    /** A receipt of version {@code version} holding code, quantity, code, quantity… at 1.00€ a unit. */
    private static Receipt receipt(long version, Object... codesAndQuantities) {
        List<Receipt.Line> lines = new ArrayList<>();
        Money total = Money.ZERO;
        for (int i = 0; i < codesAndQuantities.length; i += 2) {
            int quantity = (Integer) codesAndQuantities[i + 1];
            Money amount = Money.ofMajor(1).times(quantity);
            lines.add(new Receipt.Line((String) codesAndQuantities[i], "Product", quantity, Money.ofMajor(1), amount));
            total = total.plus(amount);
        }
        return new Receipt(BASKET, version, lines, List.of(), total);
    }
}
