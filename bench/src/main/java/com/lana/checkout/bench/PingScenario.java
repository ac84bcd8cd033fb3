package com.lana.checkout.bench;

import com.lana.checkout.api.CheckoutService;

/** {@code ping}: the empty remote call, the transport's own cost and every ratio's denominator. */
final class PingScenario extends Scenario {

    PingScenario(String name, Connector connector) {
        super(name, connector);
    }

    @Override
    public Run prepare(CheckoutService admin, Oracle oracle, int threads) {
        return new Run() {
            @Override
            public Worker worker(CheckoutService client, int thread) {
                return client::ping;
            }

            @Override
            public void verify(CheckoutService admin) throws Exception {
                admin.ping(); // still answering after the load
            }
        };
    }
}
