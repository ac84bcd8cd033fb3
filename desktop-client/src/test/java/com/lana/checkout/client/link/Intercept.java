package com.lana.checkout.client.link;

import com.lana.checkout.api.CheckoutService;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.rmi.RemoteException;

/** Connectors that run test code before every call to the real service: to watch, slow or fail calls. */
public final class Intercept {

    @FunctionalInterface
    public interface BeforeCall {
        void run(String method, Object[] args) throws Exception;
    }

    private Intercept() {
    }

    /** The real service, with {@code before} run on every call. */
    public static Connector beforeEachCall(Connector real, BeforeCall before) {
        return new Connector() {
            @Override
            public String address() {
                return real.address();
            }

            @Override
            public CheckoutService connect() throws RemoteException {
                CheckoutService service = real.connect();
                return (CheckoutService) Proxy.newProxyInstance(CheckoutService.class.getClassLoader(),
                        new Class<?>[] {CheckoutService.class}, (proxy, method, args) -> {
                            before.run(method.getName(), args);
                            try {
                                return method.invoke(service, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }
}
