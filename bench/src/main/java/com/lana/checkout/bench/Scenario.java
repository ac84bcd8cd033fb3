package com.lana.checkout.bench;

import com.lana.checkout.api.CheckoutService;

import java.util.Objects;

/**
 * A kind of load: what each client thread calls over and over, and how the server's state is
 * checked once the threads stop. One {@link Run} is prepared per timed run, so every run starts
 * from fresh baskets.
 */
public abstract class Scenario {

    private final String name;
    private final Connector connector;

    protected Scenario(String name, Connector connector) {
        this.name = Objects.requireNonNull(name, "name");
        this.connector = Objects.requireNonNull(connector, "connector");
    }

    /** The name in {@code --scenarios} and in the RESULT lines. */
    public final String name() {
        return name;
    }

    /** How this scenario's clients (and its checks) reach the server. */
    public final Connector connector() {
        return connector;
    }

    /**
     * Sets up one run for {@code threads} client threads, e.g. the baskets it works on. Not timed.
     *
     * @param admin a connection for set-up and checks, not used by the timed threads
     */
    public abstract Run prepare(CheckoutService admin, Oracle oracle, int threads) throws Exception;

    @Override
    public String toString() {
        return name;
    }

    /** One timed run of a scenario. */
    public interface Run {

        /** The state of client thread {@code thread}, made before the clock starts. */
        Worker worker(CheckoutService client, int thread) throws Exception;

        /**
         * Checks the server against what the workers' successful calls imply.
         *
         * @throws VerificationException naming what was lost or changed
         */
        void verify(CheckoutService admin) throws Exception;

        /** Removes what the run left on the server. */
        default void cleanUp(CheckoutService admin) throws Exception {
        }
    }

    /** One client thread: {@link #call()} is the unit that is timed and counted. */
    public interface Worker {
        void call() throws Exception;
    }
}
