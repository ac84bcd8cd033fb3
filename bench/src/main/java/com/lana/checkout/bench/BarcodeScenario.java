package com.lana.checkout.bench;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Receipt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code add-distinct} by barcode: each thread scans into its own basket, as {@code add-distinct} does,
 * but a barcode of a product picked at random from the catalog each time, as a scanner sends it. A
 * basket gets {@value #LINES} different products, one unit each; the call that scans the last of
 * them then opens the thread's next basket. So every basket has the same shape whatever the
 * catalog's size, and the same run on a catalog of three products (which scans those three in a
 * random order) differs from one of 100,000 only in the lookups and the heap the catalog takes.
 *
 * <p>Every reply must hold the basket's scans so far; afterwards every basket must hold exactly its
 * scans and cost what the {@link Oracle} given says. Baskets are read back and removed by one client
 * per thread at once, as there are many. The oracle is the scenario's, made once from the server's
 * catalog, not one per run: a run on 100,000 products would otherwise read and index the catalog
 * after each run, and the garbage it leaves would fall on the next run, whichever server it measures.
 */
final class BarcodeScenario extends Scenario {

    /** Products per basket; at most the reference catalog's size, so both catalogs fill baskets alike. */
    static final int LINES = 3;

    /** A barcode to scan and the code of the product it belongs to. */
    record Scan(String barcode, String code) {
    }

    private final List<Scan> scans;
    private final Oracle oracle;

    /**
     * @param scans what may be scanned, at least {@value #LINES} different products
     * @param oracle the prices of the catalog the server serves
     */
    BarcodeScenario(String name, Connector connector, List<Scan> scans, Oracle oracle) {
        super(name, connector);
        this.oracle = oracle;
        if (scans.stream().map(Scan::code).distinct().count() < LINES) {
            throw new IllegalArgumentException(name + " needs barcodes of at least " + LINES + " products");
        }
        this.scans = List.copyOf(scans);
    }

    /** The first barcode of every product on sale that has one. */
    static List<Scan> scansOf(Catalog catalog) {
        List<Scan> scans = new ArrayList<>(catalog.products().size());
        for (Product product : catalog.products()) {
            if (product.onSale() && !product.barcodes().isEmpty()) {
                scans.add(new Scan(product.barcodes().get(0), product.code()));
            }
        }
        return scans;
    }

    /** A basket of one thread and the products its successful scans added. */
    private static final class Own {
        final BasketId basket;
        final List<String> codes = new ArrayList<>(LINES);

        Own(BasketId basket) {
            this.basket = basket;
        }
    }

    @Override
    public Run prepare(CheckoutService admin, Oracle perRun, int threads) {
        List<Scanner> scanners = new ArrayList<>();
        return new Run() {
            @Override
            public Worker worker(CheckoutService client, int thread) throws Exception {
                Scanner scanner = new Scanner(client, client.createBasket(), new SplittableRandom(31L * thread + 7));
                synchronized (scanners) {
                    scanners.add(scanner);
                }
                return scanner;
            }

            @Override
            public void verify(CheckoutService admin) throws Exception {
                Parallel.forEach(scanners, scanner -> {
                    for (Own own : scanner.baskets) {
                        check(scanner.client.receipt(own.basket), own);
                    }
                });
            }

            @Override
            public void cleanUp(CheckoutService admin) throws Exception {
                Parallel.forEach(scanners, scanner -> {
                    for (Own own : scanner.baskets) {
                        scanner.client.removeBasket(own.basket);
                    }
                });
            }
        };
    }

    private void check(Receipt receipt, Own own) throws Exception {
        Map<String, Long> expected = new HashMap<>();
        own.codes.forEach(code -> expected.put(code, 1L));
        Money total = own.codes.isEmpty() ? Money.ZERO : oracle.total(expected);
        boolean same = receipt.lines().size() == own.codes.size() && receipt.total().equals(total);
        for (String code : own.codes) {
            same &= Receipts.units(receipt, code) == 1;
        }
        if (!same) {
            throw new VerificationException(String.format("%s: basket %s holds %s costing %s, but the scans that "
                    + "succeeded added one each of %s (expected %s)", name(), own.basket, receipt.lines(),
                    receipt.total(), own.codes, total));
        }
    }

    private final class Scanner implements Worker {
        final CheckoutService client;
        final SplittableRandom random;
        /** Read by the checks only after the thread has been joined. */
        final List<Own> baskets = new ArrayList<>();
        Own current;

        Scanner(CheckoutService client, BasketId basket, SplittableRandom random) {
            this.client = client;
            this.random = random;
            this.current = new Own(basket);
            baskets.add(current);
        }

        @Override
        public void call() throws Exception {
            Own own = current;
            Scan scan = scans.get(random.nextInt(scans.size()));
            while (own.codes.contains(scan.code())) {
                scan = scans.get(random.nextInt(scans.size()));
            }
            Receipt receipt = client.addProduct(own.basket, scan.barcode());
            own.codes.add(scan.code());
            if (receipt.lines().size() != own.codes.size() || Receipts.units(receipt, scan.code()) != 1) {
                throw new VerificationException(String.format("%s: scan %d (%s, %s) into basket %s answered %s",
                        name(), own.codes.size(), scan.barcode(), scan.code(), own.basket, receipt.lines()));
            }
            if (own.codes.size() == LINES) {
                current = new Own(client.createBasket());
                baskets.add(current);
            }
        }
    }
}
