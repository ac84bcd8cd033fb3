package com.lana.checkout.client.sale;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Promotion;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.client.link.TestServers;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;

import static org.assertj.core.api.Assertions.assertThat;

/** The large-line question prices the line as the server would, with the catalog's promotions. */
class LargeLinesTest {

    @Test
    void aLineCostsWhatTheServerChargesForIt() throws Exception {
        try (TestServers.Running server = TestServers.running()) {
            CheckoutService checkout = Checkout.connect("127.0.0.1", server.port());
            Catalog catalog = checkout.catalog();
            for (Product product : catalog.products()) {
                BasketId basket = checkout.createBasket();
                for (int units = 1; units <= 60; units++) {
                    Receipt receipt = checkout.addProduct(basket, product.code(), 1, OperationId.random());
                    assertThat(LargeLines.lineAmount(product.price(), catalog.promotionFor(product.code()).orElse(null), units))
                            .as("%d × %s", units, product.code()).isEqualTo(receipt.total());
                }
            }
        }
    }

    @Test
    void everyKindOfPromotionIsPriced() throws Exception {
        for (Class<?> kind : Promotion.class.getPermittedSubclasses()) {
            RecordComponent[] components = kind.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = types[i] == String.class ? "PEN" : 1;
            }
            Promotion promotion = (Promotion) kind.getDeclaredConstructor(types).newInstance(values);

            assertThat(LargeLines.lineAmount(Money.ofMajor(5), promotion, 3)).as(kind.getSimpleName())
                    .isLessThanOrEqualTo(Money.ofMajor(15));
        }
    }
}
