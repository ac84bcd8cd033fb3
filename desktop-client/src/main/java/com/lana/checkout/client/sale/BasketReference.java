package com.lana.checkout.client.sale;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketIdSuffix;

/**
 * What the clerk typed to open a basket (F6): its full id, or the code another till shows for its
 * sale ({@code 0XV-0KJ}), which the server matches against the ends of the open baskets' ids.
 * Exactly one of the two is set. Immutable.
 *
 * @param id the basket, when a full id was typed; else null
 * @param code the end of an id, canonical ({@code 0XV0KJ}), when one was typed; else null
 */
record BasketReference(BasketId id, String code) {

    BasketReference {
        if ((id == null) == (code == null)) {
            throw new IllegalArgumentException("A basket reference is an id or a code, was " + id + " and " + code);
        }
    }

    /**
     * Reads what was typed: case, spaces and dashes do not matter.
     *
     * @throws IllegalArgumentException with a message for the clerk when it is neither
     */
    static BasketReference parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        try {
            return new BasketReference(BasketId.parse(text), null);
        } catch (IllegalArgumentException notAFullId) {
            // a code, then
        }
        try {
            return new BasketReference(null, BasketIdSuffix.parse(text).toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
                    + "' is not a sale's code: type the code the other till shows (e.g. 0XV-0KJ) or the basket's full id", e);
        }
    }
}
