package com.lana.checkout.server.rmi;

import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.ClassDecisions;

import java.io.ObjectInputFilter;

/** What the exported service lets a call's arguments hold, checked as RMI reads them. */
final class ArgumentFilter {

    /** The longest array a call's arguments may hold: a payment list's. */
    static final int MAX_ARRAY = 64;

    private static final int MAX_DEPTH = 5;
    private static final int MAX_REFERENCES = 256;
    private static final int MAX_BYTES = 65536;

    /**
     * What a call's arguments may contain: the api's id records (a basket's and an operation's as
     * their serial form {@code Ids$Wire}, which resolves to nothing else), strings and primitives, a sale's
     * expected total and payments (amounts, the two payment records, a list of them as {@code
     * List.of}, {@code ArrayList} or {@code Arrays.asList} write it, and what {@code List.of}'s
     * form resolves to), a manager's approval, a Z report's number, a sale number, a refund's number, returned items and how to pay back, and a day ({@code java.time.Ser} is how {@code LocalDate}
     * travels), within tight size limits. Anything
     * else is refused before any of its code could run, which closes the classic Java
     * deserialization hole for this service. Records are read through their constructors, so a
     * payment of a negative amount cannot be forged either.
     *
     * <p>A list may reach {@value #MAX_ARRAY} payments or returned items, so that the service itself refuses
     * more than {@value CheckoutService#MAX_PAYMENTS_PER_SALE} with a clear message; a longer list
     * is refused here. Depth 5 is a list's array, a payment and its amount. Each class is matched
     * against the list once ({@link ClassDecisions}), not on every call.
     */
    static final ObjectInputFilter FILTER = new ClassDecisions(ObjectInputFilter.Config.createFilter(
            "maxdepth=" + MAX_DEPTH + ";maxrefs=" + MAX_REFERENCES + ";maxarray=" + MAX_ARRAY
                    + ";maxbytes=" + MAX_BYTES + ";"
                    + "com.lana.checkout.api.Ids$Wire;com.lana.checkout.api.BasketId;com.lana.checkout.api.OperationId;"
                    + "com.lana.checkout.api.Money;com.lana.checkout.api.SaleNumber;"
                    + "com.lana.checkout.api.RefundNumber;com.lana.checkout.api.ReturnedItem;com.lana.checkout.api.RefundTo;"
                    + "com.lana.checkout.api.staff.Approval;com.lana.checkout.api.shift.ZNumber;"
                    + "java.lang.Enum;"
                    + "com.lana.checkout.api.Payment;com.lana.checkout.api.Payment$Cash;com.lana.checkout.api.Payment$Card;"
                    + "java.util.CollSer;java.util.ImmutableCollections$List12;java.util.ImmutableCollections$ListN;"
                    + "java.util.ArrayList;java.util.Arrays$ArrayList;java.lang.Object;"
                    + "java.time.Ser;java.time.LocalDate;!*"), MAX_DEPTH, MAX_REFERENCES, MAX_BYTES);

    private ArgumentFilter() {
    }
}
