package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.staff.SignInRequiredException;
import com.lana.checkout.api.staff.Till;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.service.SessionFixture;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import com.lana.checkout.server.store.memory.InMemoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.rmi.ConnectException;
import java.rmi.NoSuchObjectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.lana.checkout.server.service.SessionFixture.ANN;
import static com.lana.checkout.server.service.SessionFixture.ANN_PIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A clerk's {@link Till}, got from a {@code Checkout.connect} connection, over real RMI on loopback:
 * a call whose reply is lost is repeated with the same operation id; a session whose server no longer
 * has it, or that server gone while another answers, says to sign in again.
 */
@Timeout(180)
class TillRetriesTest {

    private static final Money FLOAT = Money.ofMajor(100);

    private final List<CheckoutServer> servers = new ArrayList<>();
    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        servers.forEach(CheckoutServer::close);
    }

    /** The server is held at its store until the till has sent the add a second time; both tries reach it. */
    @Test
    void anAddWhoseReplyIsLostIsRepeatedAndCountsOnce() throws Exception {
        GatedStore store = new GatedStore();
        CheckoutServer server = start(0, store);
        CheckoutService checkout = Checkout.connect(Checkout.options("127.0.0.1", server.port())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500)));
        Till till = signedInWithAShift(checkout);
        BasketId basket = till.createBasket();

        store.hold();
        CompletableFuture<Receipt> add = CompletableFuture.supplyAsync(() -> {
            try {
                return till.addProduct(basket, "PEN");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(store.awaitWaitingChange(Duration.ofSeconds(10))).as("the first try arrived").isTrue();
        assertThat(store.awaitWaitingChange(Duration.ofSeconds(10))).as("the till tried again").isTrue();
        store.open();

        assertThat(add.get(20, TimeUnit.SECONDS).lines()).singleElement().extracting(Receipt.Line::quantity).isEqualTo(1);
        assertThat(till.receipt(basket).lines()).singleElement().extracting(Receipt.Line::quantity).isEqualTo(1);
    }

    /** Its server is killed, as {@code kill -9}: nothing there answers any more, while the other does. */
    @Test
    void whenItsServerIsGoneWhileAnotherAnswersTheTillSaysSignInAgain() throws Exception {
        try (ServerJvm a = serverJvmWithClerks()) {
            CheckoutServer b = start(0, clerks());
            CheckoutService checkout = Checkout.connect("127.0.0.1:" + a.port() + "," + address(b));
            Till till = signedInWithAShift(checkout);

            a.kill();

            assertThatExceptionOfType(SignInRequiredException.class).isThrownBy(till::createBasket)
                    .withMessageStartingWith("The server of this session is gone: sign in again")
                    .withMessageContaining("127.0.0.1:" + a.port()).withMessageContaining(address(b) + " answers");
            assertThat(checkout.signIn("T01", ANN, ANN_PIN).till()).as("signed in again, on the other").isEqualTo("T01");
        }
    }

    /** Control: with no other server to go to, the till says its server cannot be reached. */
    @Test
    void whenItsOnlyServerIsGoneTheTillSaysItCannotBeReached() throws Exception {
        try (ServerJvm a = serverJvmWithClerks()) {
            Till till = signedInWithAShift(Checkout.connect("127.0.0.1:" + a.port()));

            a.kill();

            assertThatExceptionOfType(ConnectException.class).isThrownBy(till::createBasket)
                    .withMessageContaining("Cannot reach the checkout server at 127.0.0.1:" + a.port());
        }
    }

    /** A server started again on the same port has none of the sessions of the one before: not repeated. */
    @Test
    void aSessionItsRestartedServerDoesNotKnowAnswersNoSuchObject() throws Exception {
        CheckoutServer a = start(0, clerks());
        CheckoutService checkout = Checkout.connect(address(a));
        Till till = checkout.signIn("T01", ANN, ANN_PIN);
        int port = a.port();

        a.close();
        start(port, clerks());

        assertThatExceptionOfType(NoSuchObjectException.class).isThrownBy(till::till);
        assertThat(checkout.signIn("T01", ANN, ANN_PIN).till()).isEqualTo("T01");
    }

    @Test
    void aServerStoppingEndsItsSessionsAndTheTillSaysSignInAgain() throws Exception {
        CheckoutServer a = start(0, clerks());
        Till till = signedInWithAShift(Checkout.connect(address(a)));

        a.service().stopAccepting();

        assertThatExceptionOfType(SignInRequiredException.class).isThrownBy(till::createBasket)
                .withMessageContaining("sign in again");
    }

    private static Till signedInWithAShift(CheckoutService checkout) throws Exception {
        Till till = checkout.signIn("T01", ANN, ANN_PIN);
        till.openShift(FLOAT);
        return till;
    }

    /** A server in a JVM of its own, on an H2 store with Ann and Bob, so that it can be killed for real. */
    private ServerJvm serverJvmWithClerks() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("killed");
        try (CheckoutStore store = CheckoutStores.open(url)) {
            SessionFixture.addAnnAndBob(store);
        }
        Path pepper = Files.writeString(dir.resolve("pepper"), SessionFixture.PEPPER);
        return ServerJvm.start(HardeningFixtures.freePort(), "--store", url, "--pepper-file", pepper.toString());
    }

    private static CheckoutStore clerks() throws Exception {
        InMemoryStore store = new InMemoryStore();
        SessionFixture.addAnnAndBob(store);
        return store;
    }

    private CheckoutServer start(int port, CheckoutStore store) throws Exception {
        if (store instanceof GatedStore) {
            SessionFixture.addAnnAndBob(store);
        }
        CheckoutServer server = CheckoutServer.start(CheckoutServer.Options.loopback(port, CatalogFile.defaults())
                .withStore(store).withSignIns(SessionFixture.POLICY));
        servers.add(server);
        return server;
    }

    private static String address(CheckoutServer server) {
        return "127.0.0.1:" + server.port();
    }
}
