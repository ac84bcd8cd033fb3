package com.lana.checkout.server.service;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketIdSuffix;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.SaleNumber;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.lana.checkout.api.CheckoutService.MAX_ITEMS_PER_REFUND;
import static com.lana.checkout.api.CheckoutService.MAX_PAYMENTS_PER_SALE;
import static com.lana.checkout.api.CheckoutService.MAX_QUANTITY_PER_CALL;

/**
 * The checks of a call's arguments that the api's records cannot make themselves: each missing
 * argument, and each list too long or holding a null, answered with an {@link InvalidRequestException}
 * naming it.
 */
final class Arguments {

    private Arguments() {
    }

    static BasketId checkBasket(BasketId basket) throws InvalidRequestException {
        if (basket == null) {
            throw new InvalidRequestException("Basket id is missing");
        }
        return basket;
    }

    static List<Payment> checkPayments(List<Payment> payments) throws InvalidRequestException {
        if (payments == null) {
            throw new InvalidRequestException("Payments are missing");
        }
        if (payments.size() > MAX_PAYMENTS_PER_SALE) {
            throw new InvalidRequestException("A sale takes at most " + MAX_PAYMENTS_PER_SALE + " payments, was "
                    + payments.size());
        }
        List<Payment> copy = new ArrayList<>(payments);   // List.copyOf would refuse a null with an NPE
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i) == null) {
                throw new InvalidRequestException("Payment " + (i + 1) + " of " + copy.size() + " is missing");
            }
        }
        return List.copyOf(copy);
    }

    static Money checkExpectedTotal(Money expectedTotal) throws InvalidRequestException {
        if (expectedTotal == null) {
            throw new InvalidRequestException("Expected total is missing (the total shown to the customer)");
        }
        if (expectedTotal.isNegative()) {
            throw new InvalidRequestException("Expected total must not be negative, was " + expectedTotal);
        }
        return expectedTotal;
    }

    /** The basket code's last characters, as {@link BasketIdSuffix#parse} reads them. */
    static BasketIdSuffix checkBasketCode(String code) throws InvalidRequestException {
        if (code == null) {
            throw new InvalidRequestException("Basket code is missing");
        }
        try {
            return BasketIdSuffix.parse(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    static SaleNumber checkSaleNumber(SaleNumber number) throws InvalidRequestException {
        if (number == null) {
            throw new InvalidRequestException("Sale number is missing");
        }
        return number;
    }

    static LocalDate checkDay(LocalDate day) throws InvalidRequestException {
        if (day == null) {
            throw new InvalidRequestException("Day is missing");
        }
        return day;
    }

    static int checkQuantity(int quantity) throws InvalidRequestException {
        if (quantity < 1 || quantity > MAX_QUANTITY_PER_CALL) {
            throw new InvalidRequestException(
                    "Quantity must be 1-" + MAX_QUANTITY_PER_CALL + " per call, was " + quantity);
        }
        return quantity;
    }


    static RefundNumber checkRefundNumber(RefundNumber number) throws InvalidRequestException {
        if (number == null) {
            throw new InvalidRequestException("Refund number is missing");
        }
        return number;
    }

    static RefundTo checkRefundTo(RefundTo to) throws InvalidRequestException {
        if (to == null) {
            throw new InvalidRequestException("How to pay back is missing (RefundTo.ORIGINAL, CASH or CARD)");
        }
        return to;
    }

    static List<ReturnedItem> checkReturnedItems(List<ReturnedItem> items) throws InvalidRequestException {
        if (items == null) {
            throw new InvalidRequestException("The items coming back are missing");
        }
        if (items.size() > MAX_ITEMS_PER_REFUND) {
            throw new InvalidRequestException("A refund takes back at most " + MAX_ITEMS_PER_REFUND
                    + " items, was " + items.size());
        }
        List<ReturnedItem> copy = new ArrayList<>(items);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i) == null) {
                throw new InvalidRequestException("Item " + (i + 1) + " of " + copy.size() + " coming back is missing");
            }
        }
        return List.copyOf(copy);
    }
}
