package com.lana.checkout.api;

import java.io.ObjectInputFilter;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Limits what a client deserializes from the server to what the api needs: its own types (its
 * subpackages included), the JDK types they are made of (collections, {@code java.time.Ser} for a sale's date and time, byte
 * arrays for a receipt's PDF), RMI's own references, and exceptions, so the server's real errors
 * still arrive. A hostile or impersonated server cannot make a client run gadget code.
 *
 * <p>The filter speaks only on a thread that is inside a {@link ResilientCheckout} call, so it never
 * changes what the rest of the JVM — a server in the same process, other libraries — may deserialize.
 */
final class ClientFilter {

    private static final int MAX_DEPTH = 20;
    private static final int MAX_REFERENCES = 100_000;
    private static final int MAX_BYTES = 16_777_216;
    private static final String LIMITS = "maxdepth=" + MAX_DEPTH + ";maxrefs=" + MAX_REFERENCES
            + ";maxbytes=" + MAX_BYTES + ";maxarray=100000";

    private static final ObjectInputFilter PATTERN = ObjectInputFilter.Config.createFilter(LIMITS + ";"
                    + "com.lana.checkout.api.**;"
                    + "java.lang.*;java.util.ImmutableCollections$*;java.util.CollSer;java.util.ArrayList;"
                    + "java.util.Collections$*;java.time.Ser;java.time.LocalDate;java.time.LocalDateTime;java.rmi.*;java.rmi.server.*;java.rmi.dgc.*;"
                    + "java.lang.reflect.Proxy;sun.rmi.server.*;sun.rmi.transport.*;!*");

    private static final ObjectInputFilter LIMITS_ONLY = ObjectInputFilter.Config.createFilter(LIMITS);

    /**
     * Packages whose JDK exceptions may arrive: the RMI runtime's {@code RemoteException}s extend
     * {@code java.io.IOException} and carry I/O, network and TLS causes. (A filter pattern cannot say
     * "every exception of a package": {@code java.io.*Exception} matches no class at all.)
     */
    private static final Set<String> EXCEPTION_PACKAGES = Set.of("java.io", "java.net", "java.util", "javax.net.ssl");

    /**
     * The pattern, plus RMI stubs' dynamic proxy classes, whose names ({@code jdk.proxy1.$Proxy0})
     * vary by JVM (their interfaces and invocation handler are checked by the pattern one by one),
     * plus the JDK's exceptions from {@link #EXCEPTION_PACKAGES}; the size limits apply to all. Each
     * class is decided once ({@link ClassDecisions}), not on every answer.
     */
    static final ObjectInputFilter ALLOWED = new ClassDecisions(info -> {
        Class<?> type = info.serialClass();
        if (type != null && (java.lang.reflect.Proxy.isProxyClass(type) || isJdkException(type))) {
            return LIMITS_ONLY.checkInput(info) == ObjectInputFilter.Status.REJECTED
                    ? ObjectInputFilter.Status.REJECTED : ObjectInputFilter.Status.ALLOWED;
        }
        return PATTERN.checkInput(info);
    }, MAX_DEPTH, MAX_REFERENCES, MAX_BYTES);

    private static final ThreadLocal<Boolean> IN_CALL = ThreadLocal.withInitial(() -> false);
    private static volatile boolean installed;

    private ClientFilter() {
    }

    private static boolean isJdkException(Class<?> type) {
        return Throwable.class.isAssignableFrom(type) && type.getClassLoader() == null
                && EXCEPTION_PACKAGES.contains(type.getPackageName());
    }

    /** Whether the factory is in place; false when another one was set first in this JVM. */
    static boolean installed() {
        return installed;
    }

    /** Runs {@code call} with the client filter applying to what it deserializes. */
    static <T> T during(Callable<T> call) throws Exception {
        install();
        boolean outer = IN_CALL.get();
        IN_CALL.set(true);
        try {
            return call.call();
        } finally {
            IN_CALL.set(outer);
        }
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        try {
            // JVM-wide, but it only speaks on threads inside one of our calls; elsewhere it is
            // UNDECIDED, which changes nothing. Streams with their own filter (a server's
            // exported objects, RMI's registry and DGC) do not consult it at all.
            ObjectInputFilter.Config.setSerialFilter(
                    info -> IN_CALL.get() ? ALLOWED.checkInput(info) : ObjectInputFilter.Status.UNDECIDED);
        } catch (IllegalStateException e) {
            System.getLogger(ClientFilter.class.getName()).log(System.Logger.Level.WARNING,
                    "A JVM-wide serial filter is already set (jdk.serialFilter?); it stays in charge of what "
                            + "this checkout client deserializes");
        }
    }
}
