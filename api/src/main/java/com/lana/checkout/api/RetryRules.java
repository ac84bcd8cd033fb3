package com.lana.checkout.api;

import com.lana.checkout.api.staff.Approval;
import com.lana.checkout.api.staff.Till;

import java.lang.reflect.Method;
import java.rmi.ConnectException;
import java.rmi.ConnectIOException;
import java.rmi.NoSuchObjectException;
import java.rmi.RemoteException;
import java.rmi.ServerException;
import java.util.List;
import java.util.Set;

/**
 * Which calls on a {@link CheckoutService} or a {@link Till} may be sent again when their reply is
 * lost, and how a call is made safe to send again before its first try: the rules
 * {@link ResilientCheckout} and {@link ResilientTill} share.
 */
final class RetryRules {

    private static final Method ADD_ONE = method(CheckoutService.class, "addProduct", BasketId.class, String.class);
    private static final Method ADD = method(CheckoutService.class, "addProduct", BasketId.class, String.class,
            int.class, OperationId.class);
    private static final Method REMOVE_ONE = method(CheckoutService.class, "removeProduct", BasketId.class,
            String.class);
    private static final Method REMOVE = method(CheckoutService.class, "removeProduct", BasketId.class, String.class,
            int.class, OperationId.class);

    /**
     * Calls that change something and carry no operation id, so that the server cannot tell a repeat
     * from a second request: removing a basket, signing out, and a till's shift and drawer actions.
     */
    private static final Set<Method> NOT_REPEATABLE = Set.of(
            method(CheckoutService.class, "removeBasket", BasketId.class),
            method(Till.class, "removeBasket", BasketId.class, Approval.class),
            method(Till.class, "signOut"),
            method(Till.class, "openShift", Money.class),
            method(Till.class, "cashIn", Money.class, String.class),
            method(Till.class, "cashOut", Money.class, String.class, Approval.class),
            method(Till.class, "openDrawer", String.class, Approval.class),
            method(Till.class, "closeShift", Money.class, Approval.class));

    /** What can be said of a call that failed with a {@link RemoteException}. */
    enum Outcome {
        /** The server never ran it: safe to send again, after looking the service up again. */
        NOT_RUN,
        /** It may or may not have run (the reply was lost): safe to repeat only if repeatable. */
        UNKNOWN
    }

    private RetryRules() {
    }

    /** The method to send for {@code called}: a one-unit add or void becomes the identified one. */
    static Method toSend(Method called) {
        if (called.equals(ADD_ONE)) {
            return ADD;
        }
        return called.equals(REMOVE_ONE) ? REMOVE : called;
    }

    /**
     * The arguments to send, the same on every try and every server: a one-unit add or void gets
     * quantity 1 and an operation id, and any call that carries an {@link OperationId} and gives none
     * gets one, so that the server applies it once however often it arrives.
     */
    static Object[] argumentsToSend(Method called, Object[] arguments) {
        if (called.equals(ADD_ONE) || called.equals(REMOVE_ONE)) {
            return new Object[] {arguments[0], arguments[1], 1, OperationId.random()};
        }
        List<Class<?>> parameters = List.of(called.getParameterTypes());
        int operation = parameters.indexOf(OperationId.class);
        if (operation < 0 || arguments[operation] != null) {
            return arguments;
        }
        Object[] identified = arguments.clone();
        identified[operation] = OperationId.random();
        return identified;
    }

    /**
     * Whether {@code method} may be sent again when its outcome is unknown: reads change nothing; adds,
     * voids, completions and refunds carry their operation id; a basket or a session made twice leaves
     * one unused, to expire.
     */
    static boolean repeatable(Method method) {
        return !NOT_REPEATABLE.contains(method);
    }

    static Outcome outcome(RemoteException e) {
        if (e instanceof NoSuchObjectException || e instanceof ConnectException || e instanceof ConnectIOException) {
            return Outcome.NOT_RUN;
        }
        if (e instanceof ServerException && e.getCause() instanceof ServerStoppingException) {
            return Outcome.NOT_RUN;
        }
        return Outcome.UNKNOWN;
    }

    static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
