package com.lana.checkout.api;

import com.lana.checkout.api.RetryRules.Outcome;
import com.lana.checkout.api.staff.SignInRequiredException;
import com.lana.checkout.api.staff.Till;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.rmi.ConnectException;
import java.rmi.ConnectIOException;
import java.rmi.NoSuchObjectException;
import java.rmi.RemoteException;
import java.rmi.ServerException;
import java.util.Map;

import static com.lana.checkout.api.RetryRules.rootMessage;

/**
 * The {@link Till} a {@link ResilientCheckout} hands out for a signed-in clerk: a dynamic proxy in
 * front of the session's RMI stub, repeating calls as the checkout does ({@link RetryRules}: the
 * same arguments and operation ids on every try, reads repeated, shift and drawer actions sent again
 * only when the server never ran them). A session lives on the one server that signed the clerk in,
 * so every try goes to that server, up to {@link Checkout.Options#attempts()} times, a short pause apart.
 * When the session is gone a call is not repeated, and says so:
 * <ul>
 *   <li>its server no longer has it (signed out, swept after expiry, or the server restarted):
 *       {@link NoSuchObjectException}, at once;
 *   <li>its server is stopping, which ends every session: {@link SignInRequiredException}, at once;
 *   <li>its server cannot be reached after every try while another server of the connection
 *       answers (a failover): {@link SignInRequiredException} naming both. With no other server
 *       answering, the {@link ConnectException} naming the session's server.
 * </ul>
 */
final class ResilientTill implements InvocationHandler {

    private static final System.Logger LOG = System.getLogger(ResilientTill.class.getName());

    private final Till stub;
    private final ResilientCheckout checkout;
    /** The server that signed the clerk in, as the connection names it. */
    private final Checkout.Server server;

    private ResilientTill(Till stub, ResilientCheckout checkout, Checkout.Server server) {
        this.stub = stub;
        this.checkout = checkout;
        this.server = server;
    }

    /** {@code stub}, a session {@code server} signed in through {@code checkout}, with retries. */
    static Till wrap(Till stub, ResilientCheckout checkout, Checkout.Server server) {
        return (Till) Proxy.newProxyInstance(Till.class.getClassLoader(), new Class<?>[] {Till.class},
                new ResilientTill(stub, checkout, server));
    }

    @Override
    public Object invoke(Object proxy, Method called, Object[] arguments) throws Throwable {
        if (called.getDeclaringClass() == Object.class) {
            return switch (called.getName()) {
                case "equals" -> proxy == arguments[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "Till session at " + server;
            };
        }
        Method method = RetryRules.toSend(called);
        Object[] args = RetryRules.argumentsToSend(called, arguments);
        boolean repeatable = RetryRules.repeatable(method);
        int tries = checkout.options().attempts();
        RemoteException failure = null;
        for (int attempt = 1; attempt <= tries; attempt++) {
            try {
                Object answer = ClientSettings.lookingUp(checkout.settings(),
                        () -> ClientFilter.during(() -> method.invoke(stub, args)));
                return answer instanceof Till session ? wrap(session, checkout, server) : answer;
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof RemoteException remote)) {
                    throw e.getCause();
                }
                failure = remote;
                if (remote instanceof NoSuchObjectException) {
                    throw remote;
                }
                if (remote instanceof ServerException && remote.getCause() instanceof ServerStoppingException) {
                    throw signInAgain("The server of this session, " + server + ", is stopping, which ends its "
                            + "sessions: sign in again", remote);
                }
                if (RetryRules.outcome(remote) == Outcome.UNKNOWN && !repeatable) {
                    throw checkout.explain(remote, method, attempt, Map.of(server, remote));
                }
                RemoteException failed = remote;
                LOG.log(System.Logger.Level.DEBUG, () -> "Till " + method.getName() + " failed, will retry: " + failed);
            }
            if (attempt < tries) {
                Thread.sleep(100L * attempt);
            }
        }
        if (failure instanceof ConnectException || failure instanceof ConnectIOException) {
            Checkout.Server answering = anotherServerAnswering();
            if (answering != null) {
                throw signInAgain("The server of this session is gone: sign in again (" + server
                        + " cannot be reached after " + tries + " tries; " + answering + " answers)", failure);
            }
        }
        throw checkout.explain(failure, method, tries, Map.of(server, failure));
    }

    /** Another server of the connection whose registry answers with the service, or null when none does. */
    private Checkout.Server anotherServerAnswering() {
        for (Checkout.Server other : checkout.options().servers()) {
            if (other.equals(server)) {
                continue;
            }
            try {
                ResilientCheckout.lookup(checkout.options(), checkout.settings(), other);
                return other;
            } catch (RemoteException e) {
                LOG.log(System.Logger.Level.DEBUG, () -> other + " does not answer either: " + rootMessage(e));
            }
        }
        return null;
    }

    /** The answer for a session that is gone; like every {@link CheckoutException}, it carries no cause. */
    private static SignInRequiredException signInAgain(String message, RemoteException why) {
        LOG.log(System.Logger.Level.DEBUG, () -> message + ": " + rootMessage(why));
        return new SignInRequiredException(message);
    }
}
