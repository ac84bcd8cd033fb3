package com.lana.checkout.server;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.ClientSocketFactory;
import com.lana.checkout.server.store.InMemoryBasketStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.rmi.registry.LocateRegistry;
import java.rmi.server.RMIServerSocketFactory;
import java.rmi.server.UnicastRemoteObject;
import java.time.Clock;
import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The server's RMI export refuses arguments of classes outside its allow-list before any of their
 * code runs. The stub's static types would never send such an argument, so the tests hand it to the
 * stub's invocation handler directly, as an attacker's hand-made client would.
 */
class ArgumentFilterTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final Method TOTAL = method("total", BasketId.class);

    private static CheckoutServer server;
    private static CheckoutService filteredStub;

    @BeforeAll
    static void startServer() throws Exception {
        server = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()));
        // The raw RMI stub, not Checkout.connect's client-side proxy, which would refuse the
        // ill-typed call itself before anything reached the server.
        filteredStub = (CheckoutService) LocateRegistry
                .getRegistry(LOOPBACK.getHostAddress(), server.port(), ClientSocketFactory.PLAIN)
                .lookup(CheckoutService.NAME);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void resetGadget() {
        Gadget.deserialized = false;
    }

    @Test
    void theFilterLetsTheApisOwnTypesThrough() throws Throwable {
        BasketId basket = filteredStub.createBasket();

        Object total = handlerOf(filteredStub).invoke(filteredStub, TOTAL, new Object[] {basket});

        assertThat(total).hasToString("0.00€");
    }

    @Test
    void aGadgetArgumentIsRefusedBeforeItsCodeRuns() {
        Throwable refused = catchThrowable(() -> handlerOf(filteredStub).invoke(filteredStub, TOTAL, new Object[] {new Gadget()}));

        assertThat(refused).hasRootCauseInstanceOf(InvalidClassException.class);
        assertThat(Gadget.deserialized).as("the gadget's readObject ran on the server").isFalse();
    }

    @Test
    void aJdkCollectionArgumentIsRefused() {
        HashMap<String, String> map = new HashMap<>();
        map.put("PEN", "free");

        Throwable refused = catchThrowable(() -> handlerOf(filteredStub).invoke(filteredStub, TOTAL, new Object[] {map}));

        assertThat(refused).hasRootCauseInstanceOf(InvalidClassException.class);
    }

    /** The control: the same call on an export without the filter does run the gadget, so the tests above can fail. */
    @Test
    void withoutTheFilterTheGadgetsCodeRuns() throws Exception {
        CheckoutServiceImpl unguarded = new CheckoutServiceImpl(
                CatalogFile.defaults(), new InMemoryBasketStore(), Clock.systemUTC());
        RMIServerSocketFactory loopbackOnly = port -> new ServerSocket(port, 50, LOOPBACK);
        CheckoutService unfilteredStub = (CheckoutService) UnicastRemoteObject.exportObject(
                unguarded, 0, ClientSocketFactory.PLAIN, loopbackOnly);
        try {
            Throwable failed = catchThrowable(
                    () -> handlerOf(unfilteredStub).invoke(unfilteredStub, TOTAL, new Object[] {new Gadget()}));

            assertThat(failed).as("the server cannot call total with a gadget").isNotNull();
            assertThat(failed).satisfies(e -> assertThat(hasCause(e, InvalidClassException.class)).isFalse());
            assertThat(Gadget.deserialized).as("the gadget's readObject ran on the server").isTrue();
        } finally {
            UnicastRemoteObject.unexportObject(unguarded, true);
        }
    }

    private static InvocationHandler handlerOf(CheckoutService stub) {
        return Proxy.getInvocationHandler(stub);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Method method(String name, Class<?>... parameters) {
        try {
            return CheckoutService.class.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    /** Stands for a deserialization gadget: its readObject is code an attacker gets to run. */
    static final class Gadget implements Serializable {
        private static final long serialVersionUID = 1L;
        static volatile boolean deserialized;

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            deserialized = true;
        }
    }
}
