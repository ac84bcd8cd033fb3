package com.lana.checkout.server.metrics;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * What the meters' proxies ({@link CallMeter} around the service, {@link StoreMeter} around the
 * store) share: how they are made, and that a proxy is equal only to itself and prints as
 * "metered" and what it wraps, rather than passing {@code Object}'s methods on to the target.
 */
final class MeteredProxies {

    private MeteredProxies() {
    }

    /** A proxy implementing {@code type} whose calls go to {@code handler}. */
    static <T> T of(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** Whether {@code method} is one of {@code Object}'s, which {@link #answerObjectMethod} answers. */
    static boolean isObjectMethod(Method method) {
        return method.getDeclaringClass() == Object.class;
    }

    /** {@code equals}, {@code hashCode} or {@code toString} of the proxy that wraps {@code target}. */
    static Object answerObjectMethod(Object proxy, Method method, Object[] arguments, Object target) {
        return switch (method.getName()) {
            case "equals" -> proxy == arguments[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "metered " + target;
        };
    }
}
