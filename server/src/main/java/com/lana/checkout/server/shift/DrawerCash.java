package com.lana.checkout.server.shift;

import com.lana.checkout.api.Money;

/**
 * The cash a till's drawer should hold, and how far a count is from it: exact in cents, and an
 * overflow throws rather than wraps ({@link Money} adds with {@link Math#addExact}).
 */
public final class DrawerCash {

    private DrawerCash() {
    }

    /**
     * What the drawer should hold: float + cash taken − change given − cash refunded + cash in − cash out.
     * It may come out negative (more refunded than taken, and no float): the drawer is short before it is counted.
     */
    public static Money expected(Money openingFloat, Money cashTaken, Money changeGiven, Money cashRefunded,
                                 Money cashIn, Money cashOut) {
        return openingFloat.plus(cashTaken).minus(changeGiven).minus(cashRefunded).plus(cashIn).minus(cashOut);
    }

    /** Counted less expected: positive when the drawer is over, negative when it is short. */
    public static Money difference(Money counted, Money expected) {
        return counted.minus(expected);
    }
}
