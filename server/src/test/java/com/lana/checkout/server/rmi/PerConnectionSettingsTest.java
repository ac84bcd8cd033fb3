package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.server.catalog.CatalogFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.rmi.RemoteException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.lana.checkout.server.rmi.HardeningFixtures.hasCause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Timeouts and TLS material belong to the connection {@link Checkout#connect} makes, not to the
 * JVM: connections made with different options work side by side, each on its own settings, even
 * to one server, where the RMI runtime pools open sockets. A quick connection gives up on a stuck
 * call after its short call timeout, within a generous bound (a correctness bound, not a
 * performance one), while a patient one waits out a call well past that timeout and gets its answer.
 * Each side fails if one setting were shared by both, whichever connection set it.
 */
@Timeout(120)
class PerConnectionSettingsTest {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration QUICK = Duration.ofMillis(300);
    private static final Duration PATIENT = Duration.ofSeconds(30);
    private static final Duration BOUND = QUICK.plus(CONNECT_TIMEOUT).multipliedBy(5);
    /** How long the patient call is held at the gate: well past the quick call timeout. */
    private static final Duration HELD = QUICK.multipliedBy(4);

    @TempDir
    static Path certificates;
    private static Path caA;
    private static Path caB;

    private final List<AutoCloseable> resources = new CopyOnWriteArrayList<>();
    private final ExecutorService background = Executors.newCachedThreadPool();

    @BeforeAll
    static void makeTwoCertificateAuthorities() throws Exception {
        caA = certificates.resolve("a");
        caB = certificates.resolve("b");
        DevCertificates.make(caA, caB);
    }

    @AfterEach
    void closeEverything() throws Exception {
        background.shutdownNow();
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    @Test
    void twoConnectionsToOneServerEachKeepTheirOwnCallTimeout() throws Exception {
        GatedStore store = new GatedStore();
        CheckoutServer server = start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()), store);
        CheckoutService patient = Checkout.connect(Checkout.options("127.0.0.1", server.port())
                .withTimeouts(CONNECT_TIMEOUT, PATIENT).withAttempts(1));
        CheckoutService quick = Checkout.connect(Checkout.options("127.0.0.1", server.port())
                .withTimeouts(CONNECT_TIMEOUT, QUICK).withAttempts(1));

        assertQuickGivesUpWhilePatientWaits(quick, store, patient, store);
    }

    @Test
    void aMutualTlsAndAPlainConnectionEachKeepTheirOwnSettings() throws Exception {
        GatedStore tlsStore = new GatedStore();
        CheckoutServer tlsServer = start(CheckoutServer.Options.loopback(0, CatalogFile.defaults())
                .withTls(DevCertificates.server(caA)), tlsStore);
        GatedStore plainStore = new GatedStore();
        CheckoutServer plainServer = start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()), plainStore);
        CheckoutService quickTls = Checkout.connect(Checkout.options("127.0.0.1", tlsServer.port())
                .withTls(DevCertificates.client(caA, caA)).withTimeouts(CONNECT_TIMEOUT, QUICK).withAttempts(1));
        CheckoutService patientPlain = Checkout.connect(Checkout.options("127.0.0.1", plainServer.port())
                .withTimeouts(CONNECT_TIMEOUT, PATIENT).withAttempts(1));

        assertQuickGivesUpWhilePatientWaits(quickTls, tlsStore, patientPlain, plainStore);
    }

    /**
     * Two shops' servers, each trusting only its own CA, and a client of each in one JVM. A call made
     * while another is in flight needs a new socket: it must present its own connection's certificate.
     */
    @Test
    void twoMutualTlsConnectionsEachPresentTheirOwnCertificate() throws Exception {
        GatedStore storeA = new GatedStore();
        CheckoutServer serverA = start(CheckoutServer.Options.loopback(0, CatalogFile.defaults())
                .withTls(DevCertificates.server(caA)), storeA);
        CheckoutServer serverB = start(CheckoutServer.Options.loopback(0, CatalogFile.defaults())
                .withTls(DevCertificates.server(caB)), new GatedStore());
        CheckoutService shopA = Checkout.connect(Checkout.options("127.0.0.1", serverA.port())
                .withTls(DevCertificates.client(caA, caA)).withAttempts(1));
        CheckoutService shopB = Checkout.connect(Checkout.options("127.0.0.1", serverB.port())
                .withTls(DevCertificates.client(caB, caB)).withAttempts(1));
        BasketId basketA = shopA.createBasket();

        storeA.hold();
        Future<Receipt> inFlight = background.submit(() -> shopA.addProduct(basketA, "PEN"));
        assertThat(storeA.awaitWaitingChange(Duration.ofSeconds(10))).as("the add waits at the gate").isTrue();
        BasketId second = shopA.createBasket();
        BasketId basketB = shopB.createBasket();
        storeA.open();

        assertThat(inFlight.get(10, TimeUnit.SECONDS).lines()).hasSize(1);
        assertThat(shopA.addProduct(second, "MUG").lines()).hasSize(1);
        assertThat(shopB.addProduct(basketB, "MUG").lines()).hasSize(1);
    }

    /**
     * With two calls of {@code patient} held at its store's gate, two calls of {@code quick} held at
     * their own fail after quick's call timeout; the patient calls, held past that, then get their
     * answers. Two calls at once on each connection: the second needs a socket of its own, opened
     * after both connections were made.
     */
    private void assertQuickGivesUpWhilePatientWaits(CheckoutService quick, GatedStore quickStore,
                                                     CheckoutService patient, GatedStore patientStore)
            throws Exception {
        BasketId patientBasket = patient.createBasket();
        BasketId quickBasket = quick.createBasket();
        patientStore.hold();
        quickStore.hold();
        List<Future<Receipt>> slow = List.of(
                background.submit(() -> patient.addProduct(patientBasket, "PEN")),
                background.submit(() -> patient.addProduct(patientBasket, "MUG")));
        for (int i = 0; i < slow.size(); i++) {
            assertThat(patientStore.awaitWaitingChange(Duration.ofSeconds(10))).as("patient add %d waits", i).isTrue();
        }
        long heldSince = System.nanoTime();

        List<Future<Receipt>> quickCalls = List.of(
                background.submit(() -> quick.addProduct(quickBasket, "PEN")),
                background.submit(() -> quick.addProduct(quickBasket, "MUG")));
        for (Future<Receipt> call : quickCalls) {
            ExecutionException failed = assertThrows(ExecutionException.class,
                    () -> call.get(BOUND.toMillis(), TimeUnit.MILLISECONDS), "a quick add gives up within " + BOUND);
            assertThat(failed.getCause()).isInstanceOf(RemoteException.class)
                    .hasMessageContaining("did not answer addProduct within " + QUICK.toMillis() + " ms");
            assertThat(hasCause(failed.getCause(), SocketTimeoutException.class)).as("%s", failed.getCause()).isTrue();
        }

        TimeUnit.NANOSECONDS.sleep(HELD.toNanos() - (System.nanoTime() - heldSince));
        assertThat(slow).as("the patient adds still wait, past the quick call timeout").noneMatch(Future::isDone);
        patientStore.open();
        quickStore.open();
        for (Future<Receipt> call : slow) {
            call.get(10, TimeUnit.SECONDS);
        }
        assertThat(patient.receipt(patientBasket).lines()).hasSize(2);
        assertThat(quick.total(quickBasket)).as("the quick connection carries on").isNotNull();
    }

    private CheckoutServer start(CheckoutServer.Options options, GatedStore store) throws IOException {
        CheckoutServer server = CheckoutServer.start(options.withStore(store));
        resources.add(server);
        return server;
    }
}
