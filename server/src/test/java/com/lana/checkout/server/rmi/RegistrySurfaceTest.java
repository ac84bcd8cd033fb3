package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.ClientSocketFactory;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.service.CheckoutServiceImpl;
import com.lana.checkout.server.store.memory.InMemoryStore;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InvalidClassException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.rmi.NotBoundException;
import java.rmi.Remote;
import java.rmi.ServerException;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.rmi.server.UnicastRemoteObject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static com.lana.checkout.server.rmi.HardeningFixtures.hasCause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The registry, in the server's process on the service's port, takes no binds from
 * another process, and the server listens only where it is told to (loopback by default).
 *
 * <p>The JDK registry lets any process on the same machine unbind a name (an unbind carries only a
 * string, which no filter can tell from a lookup); other machines are refused by the JDK itself.
 * The server's {@link RegistryGuard} binds the name again within a second, and nothing can be bound
 * in its place meanwhile.
 */
@Timeout(60)
class RegistrySurfaceTest {

    private CheckoutServer server;
    private Registry registry;
    private Remote impostor;
    private final Logger guardLogger = Logger.getLogger(RegistryGuard.class.getName());
    private final List<LogRecord> guardLog = new CopyOnWriteArrayList<>();
    private final Handler guardHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            guardLog.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void start() throws Exception {
        guardLogger.addHandler(guardHandler);
        server = HardeningFixtures.startServer();
        registry = LocateRegistry.getRegistry("127.0.0.1", server.port(), ClientSocketFactory.PLAIN);
        impostor = new CheckoutServiceImpl(CatalogFile.defaults(), new InMemoryStore(),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        guardLogger.removeHandler(guardHandler);
        server.close();
        if (impostor != null) {
            try {
                UnicastRemoteObject.unexportObject(impostor, true);
            } catch (java.rmi.NoSuchObjectException notExported) {
                // the test did not need it
            }
        }
        System.setProperty("java.rmi.server.hostname", "127.0.0.1");
    }

    @Test
    void anotherProcessCannotBindANewName() throws Exception {
        Remote stub = exportedImpostor();

        assertRefused(() -> registry.bind("x", stub));
    }

    @Test
    void anotherProcessCannotRebindTheServiceName() throws Exception {
        Remote stub = exportedImpostor();

        assertRefused(() -> registry.rebind(CheckoutService.NAME, stub));
    }

    @Test
    void refusedBindsLeaveTheNameLeadingToTheRealService() throws Exception {
        Remote stub = exportedImpostor();
        catchThrowable(() -> registry.bind("x", stub));
        catchThrowable(() -> registry.rebind(CheckoutService.NAME, stub));

        assertThat(registry.list()).containsExactly(CheckoutService.NAME);
        BasketId basket = ((CheckoutService) registry.lookup(CheckoutService.NAME)).createBasket();
        assertThatNoException().as("the name still leads to the real service")
                .isThrownBy(() -> server.service().receipt(basket));
    }

    /** The registry's filter refuses the stub in a bind: the JDK reports it as a class it may not read. */
    private static void assertRefused(ThrowingCallable bind) {
        assertThatExceptionOfType(ServerException.class).isThrownBy(bind)
                .satisfies(e -> assertThat(hasCause(e, InvalidClassException.class)).as("%s", e).isTrue());
    }

    private Remote exportedImpostor() throws java.rmi.RemoteException {
        return UnicastRemoteObject.exportObject(impostor, 0);
    }

    /**
     * Control: a JDK registry without the server's filter property takes the very same bind. The
     * registry reads that property once per JVM, so the unfiltered one runs in a JVM of its own.
     */
    @Test
    void withoutTheRegistryFilterTheBindWouldBeTaken() throws Exception {
        Remote stub = exportedImpostor();
        int port = HardeningFixtures.freePort();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), UnfilteredRegistry.class.getName(), "" + port)
                .redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(output.readLine()).isEqualTo(UnfilteredRegistry.READY);
            Registry unfiltered = LocateRegistry.getRegistry("127.0.0.1", port, ClientSocketFactory.PLAIN);

            unfiltered.bind("x", stub);

            assertThat(unfiltered.list()).contains("x");
        } finally {
            child.destroy();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** A plain JDK registry on the port given, until its standard input closes. */
    static final class UnfilteredRegistry {
        static final String READY = "registry ready";

        public static void main(String[] args) throws Exception {
            System.setProperty("java.rmi.server.hostname", "127.0.0.1");
            Registry registry = LocateRegistry.createRegistry(Integer.parseInt(args[0]));
            System.out.println(READY);
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the registry until the test is done
            }
            UnicastRemoteObject.unexportObject(registry, true);
        }
    }

    @Test
    void anUnbindFromThisMachineIsUndoneWithinASecond() throws Exception {
        registry.unbind(CheckoutService.NAME);

        assertThat(HardeningFixtures.eventually(Duration.ofSeconds(1), this::bound)).as("bound again").isTrue();
        CheckoutService fresh = Checkout.connect(Checkout.options("127.0.0.1", server.port()));
        BasketId basket = fresh.createBasket();
        assertThatNoException().as("the name leads to the real service")
                .isThrownBy(() -> server.service().receipt(basket));
    }

    @Test
    void undoingAnUnbindLogsOneWarning() throws Exception {
        registry.unbind(CheckoutService.NAME);
        assertThat(HardeningFixtures.eventually(Duration.ofSeconds(1), this::bound)).as("bound again").isTrue();
        Thread.sleep(3 * RegistryGuard.PERIOD.toMillis());

        assertThat(guardWarnings()).singleElement().asString()
                .contains("'checkout' was unbound from the registry on port " + server.port());
    }

    /** Control: the server's own unbind when it closes is not undone. */
    @Test
    void aClosedServerBindsNothingAgain() throws Exception {
        server.close();
        Thread.sleep(5 * RegistryGuard.PERIOD.toMillis());

        assertThat(guardWarnings()).isEmpty();
    }

    /** Control: without a running guard an unbind stays, so the tests above see the guard's work. */
    @Test
    void aClosedGuardLeavesAnUnbindAlone() throws Exception {
        int port = HardeningFixtures.freePort();
        Registry own = LocateRegistry.createRegistry(port, ClientSocketFactory.PLAIN,
                new ServerSockets(InetAddress.getLoopbackAddress(), null));
        try {
            own.bind(CheckoutService.NAME, exportedImpostor());
            RegistryGuard.start(own, port, CheckoutService.NAME).close();
            Registry remote = LocateRegistry.getRegistry("127.0.0.1", port, ClientSocketFactory.PLAIN);

            remote.unbind(CheckoutService.NAME);

            assertThat(HardeningFixtures.eventually(Duration.ofSeconds(1), () -> isBound(remote))).isFalse();
        } finally {
            UnicastRemoteObject.unexportObject(own, true);
        }
    }

    private boolean bound() {
        return isBound(registry);
    }

    private static boolean isBound(Registry registry) {
        try {
            registry.lookup(CheckoutService.NAME);
            return true;
        } catch (NotBoundException e) {
            return false;
        } catch (java.rmi.RemoteException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> guardWarnings() {
        return guardLog.stream().filter(record -> record.getLevel() == Level.WARNING)
                .map(LogRecord::getMessage)
                .filter(message -> message.contains("port " + server.port() + " "))
                .toList();
    }

    @Test
    void aLoopbackServerCannotBeReachedOnAnotherAddressOfThisMachine() throws Exception {
        InetAddress other = nonLoopbackAddress();

        assertThat(connects(InetAddress.getLoopbackAddress(), server.port())).as("control: loopback").isTrue();
        assertThat(connects(other, server.port())).as("reached on %s", other).isFalse();
    }

    @Test
    void theBindAddressIsHonoured() throws Exception {
        InetAddress other = nonLoopbackAddress();
        CheckoutServer.Options options = new CheckoutServer.Options(other, 0, other.getHostAddress(),
                CatalogFile.defaults(), Duration.ofHours(4), Clock.systemUTC(), null);

        try (CheckoutServer onOther = CheckoutServer.start(options)) {
            CheckoutService checkout = Checkout.connect(Checkout.options(other.getHostAddress(), onOther.port()));
            assertThat(checkout.createBasket()).isNotNull();
            assertThat(connects(InetAddress.getLoopbackAddress(), onOther.port())).as("reached on loopback").isFalse();
        }
    }

    private static boolean connects(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (SocketException refused) {
            return false;
        }
    }

    private static InetAddress nonLoopbackAddress() throws SocketException {
        Optional<InetAddress> found = NetworkInterface.networkInterfaces()
                .filter(RegistrySurfaceTest::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress()
                        && !address.isLinkLocalAddress())
                .findFirst();
        Assumptions.assumeTrue(found.isPresent(),
                "This machine has no non-loopback IPv4 address, so there is no other interface to test against");
        return found.get();
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
