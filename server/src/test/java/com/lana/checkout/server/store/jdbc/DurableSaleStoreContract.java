package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.VatAmount;
import com.lana.checkout.api.VatRate;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.catalog.PriceList;
import com.lana.checkout.server.pricing.Pricing;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.SaleStoreContract;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sale contract, and what a database store adds to it: sales outlive the store that recorded
 * them, keep the VAT rate of each line in their rows, and are priced before they take their number.
 */
abstract class DurableSaleStoreContract extends SaleStoreContract {

    private static final VatRate TEN = VatRate.of(10);

    /** The same database opened again, as a restarted server opens it. */
    protected abstract CheckoutStore reopenStore() throws Exception;

    @Test
    void aSaleSurvivesClosingAndReopeningTheStore() throws Exception {
        BasketId basket = basketWith(2);
        OperationId operation = OperationId.random();
        Sale sale = store.completeSale(basket, operation, sellAt(NOON), NOW);
        checkoutStore.close();

        use(reopenStore());

        assertThat(sales.sale(sale.number())).isEqualTo(sale);
        assertThat(sales.sales(DAY)).containsExactly(sale);
        assertThat(store.completeSale(basket, operation, refuse(), NOW)).as("a retry").isEqualTo(sale);
        assertPaid(() -> store.read(basket, NOW), basket, sale.number());
        assertThat(store.completeSale(basketWith(1), OperationId.random(), sellAt(NOON), NOW).number())
                .as("the next sale's number").hasToString("S-000002");
    }

    /** Two mugs at 10% (15.00€, 1.36€ VAT) and a pen at 21% (5.00€, 0.87€ VAT). */
    @Test
    void aSaleKeepsEachLinesRateAndAddsItsVatPerRateToItsDay() throws Exception {
        Catalog defaults = CatalogFile.defaults();
        PriceList mugsAtTen = PriceList.of(defaults.withProducts(defaults.products().stream()
                .map(product -> product.code().equals("MUG") ? new Product(product.code(), product.name(),
                        product.price(), TEN, product.barcodes(), product.onSale()) : product).toList()));

        Sale sale = store.completeSale(basketWith(2), OperationId.random(), (lines, number) -> {
            Receipt receipt = Pricing.receipt(mugsAtTen, lines);
            return new Sale(number, NOON, receipt, List.of(Payment.card(receipt.total(), "")), Money.ZERO);
        }, NOW);

        assertThat(sales.sale(sale.number())).isEqualTo(sale);
        assertThat(sales.sale(sale.number()).receipt().lines()).extracting(Receipt.Line::vat)
                .containsExactly(TEN, VatRate.STANDARD);
        assertThat(sales.dayReport(DAY).vat()).containsExactly(
                new VatAmount(TEN, Money.parse("15.00€"), Money.parse("1.36€")),
                new VatAmount(VatRate.STANDARD, Money.parse("5.00€"), Money.parse("0.87€")));
    }

    /**
     * A sale being priced holds no sale number: another basket's sale completes meanwhile and takes
     * the next number, and the first takes the one after it when its pricing is done.
     */
    @Test
    void aSaleBeingPricedDoesNotHoldUpTheNextNumber() throws Exception {
        BasketId slow = basketWith(1);
        BasketId quick = basketWith(2);
        CountDownLatch pricing = new CountDownLatch(1);
        CountDownLatch quickDone = new CountDownLatch(1);
        CompletableFuture<Sale> slowSale = CompletableFuture.supplyAsync(() -> {
            try {
                return store.completeSale(slow, OperationId.random(), (lines, number) -> {
                    pricing.countDown();
                    try {
                        quickDone.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return sellAt(NOON).make(lines, number);
                }, NOW);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(pricing.await(30, TimeUnit.SECONDS)).as("the slow sale is being priced").isTrue();

        Sale quickSale = store.completeSale(quick, OperationId.random(), sellAt(NOON), NOW);
        quickDone.countDown();

        assertThat(quickSale.number()).hasToString("S-000001");
        Sale slowSold = slowSale.get(30, TimeUnit.SECONDS);
        assertThat(slowSold.number()).hasToString("S-000002");
        assertThat(slowSold.receipt().basket()).isEqualTo(slow);
        assertThat(sales.sale(slowSold.number())).isEqualTo(slowSold);
        assertThat(sales.sales(DAY)).containsExactly(quickSale, slowSold);
    }
}
