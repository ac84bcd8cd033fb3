package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.service.Actor;
import com.lana.checkout.server.service.CheckoutServiceImpl;
import com.lana.checkout.server.service.ShiftDesk;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;

import java.time.Clock;
import java.util.List;

/**
 * The process {@link ShiftKilledTest} kills: on the store its argument names, till T01 opens a shift
 * with 100.00€, sells a mug for 10.00€ cash, closes with 107.50€ counted (Z T01-000001) and opens its
 * next shift with 107.50€; then it prints {@value #READY} and waits to be killed, the store never closed.
 */
final class ShiftThenKilled {

    static final String READY = "shift closed and next opened";

    private ShiftThenKilled() {
    }

    public static void main(String[] args) throws Exception {
        CheckoutStore store = CheckoutStores.open(args[0]);
        Clock clock = Clock.systemDefaultZone();
        CheckoutServiceImpl service = new CheckoutServiceImpl(CatalogFile.defaults(), store, clock);
        ShiftDesk desk = new ShiftDesk(store, clock);
        Actor ann = new Actor("T01", "Ann");
        desk.open(ann, Money.parse("100.00€"));
        BasketId basket = service.createBasket(ann);
        service.addProduct(basket, "MUG");
        service.completeSale(ann, basket, Money.parse("7.50€"), List.of(Payment.cash(Money.parse("10.00€"))),
                OperationId.random());
        desk.close(ann, Money.parse("107.50€"), ShiftDesk.DifferenceCheck.ANY);
        desk.open(ann, Money.parse("107.50€"));
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
