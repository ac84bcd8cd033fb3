package com.lana.checkout.client.link;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.staff.SignInRequiredException;
import com.lana.checkout.api.staff.Till;

import java.rmi.RemoteException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The connection to the checkout server and what the clerk should believe about it. Calls run one
 * at a time, in the order asked, on a background thread; their outcome comes back on the UI thread.
 * A call outstanding longer than {@link Timings#waitingAfter()} shows as waiting; past
 * {@link Timings#deadline()}, or when a call cannot reach the server, the server counts as
 * unreachable and is probed every {@link Timings#probeEvery()} until it answers. A connected server
 * that has not been heard from for that long is probed too, so that a server which stopped while
 * the clerk was idle shows as unreachable. A probe asks for the {@linkplain CheckoutService#favourites()
 * favourites}, the small catalog a till keeps at hand, so that it stays up to date; never the whole catalog.
 *
 * <p>Once a clerk signs in ({@link #useSession}), every call goes through their {@link Till} session;
 * a call the server refuses with {@link SignInRequiredException}, whose session its server no longer
 * has (it restarted), or whose session's server cannot be reached while the service answers (it
 * failed over to another server), also tells the {@linkplain #onSignInRequired sign-in hook}. A call
 * a clerk may need a manager's approval for goes through {@link #callApproved}, which asks the
 * {@link ApprovalCalls.Approver} and sends it again.
 *
 * <p>Repeating calls after a server restart is the service's job ({@code Checkout.connect} hands out
 * one that looks the server up again); this class only makes the first connection and keeps the
 * state. Threading: every method but the constructor is called on the UI thread.
 */
public final class ServerLink {

    private static final Logger LOG = Logger.getLogger(ServerLink.class.getName());

    public enum State { CONNECTING, CONNECTED, UNREACHABLE }

    /**
     * @param waitingAfter how long a call may be outstanding before the screen says it is waiting
     * @param deadline how long a call may be outstanding before the server counts as unreachable
     * @param probeEvery how often an unreachable server is probed
     */
    public record Timings(Duration waitingAfter, Duration deadline, Duration probeEvery) {
        public static final Timings DEFAULT = new Timings(Duration.ofMillis(1500), Duration.ofSeconds(12), Duration.ofSeconds(3));

        public Timings {
            for (Duration duration : new Duration[] {waitingAfter, deadline, probeEvery}) {
                Objects.requireNonNull(duration, "timing");
                if (duration.isNegative() || duration.isZero()) {
                    throw new IllegalArgumentException("Timings must be positive, was " + duration);
                }
            }
        }
    }

    /** A remote call; runs on the call thread. */
    @FunctionalInterface
    public interface RemoteCall<T> {
        T call(CheckoutService service) throws RemoteException, CheckoutException;
    }

    /** What became of a call; told on the UI thread. */
    public interface Reply<T> {
        void answered(T result);

        /** The server answered with a refusal; a {@link SignInRequiredException} also when the clerk's session is gone. */
        void refused(CheckoutException e);

        /** No answer (the server is unreachable now), or the call broke: it may or may not have run. */
        void failed(Exception e);

        /** A reply for a call whose outcome nobody waits for. */
        static <T> Reply<T> ignored() {
            return new Reply<>() {
                @Override
                public void answered(T result) {
                }

                @Override
                public void refused(CheckoutException e) {
                }

                @Override
                public void failed(Exception e) {
                }
            };
        }
    }

    /** Told on the UI thread. */
    public interface Listener {
        /** The server answered a probe: first connection, or back after being unreachable. */
        void connected(Catalog favourites);

        /** The server, connected all along, answered the probe sent when it had been quiet a while. */
        void stillThere(Catalog favourites);

        /** Anything the status bar shows changed. */
        void changed();

        /** A clerk signed in: what was kept for want of a session can go through theirs now. */
        default void signedIn() {
        }
    }

    private final Connector connector;
    private final Executor ui;
    private final Timings timings;
    private final Listener listener;
    private final ExecutorService calls = Executors.newSingleThreadExecutor(daemon("checkout-calls"));
    private final ScheduledExecutorService probes = Executors.newSingleThreadScheduledExecutor(daemon("checkout-probe"));

    /** Set by whichever background thread connects first. */
    private CheckoutService service;
    /** The signed-in clerk's session every call goes through; null while none. Set on the UI thread. */
    private volatile Till session;
    private Runnable signInRequired = () -> { };
    private final ApprovalCalls approvals = new ApprovalCalls(this);

    // UI-thread state
    private State state = State.CONNECTING;
    private final Deque<Long> outstanding = new ArrayDeque<>();
    private int asked;
    private boolean probing;
    private ScheduledFuture<?> nextProbe;
    private long waitingShown;
    private long lastHeard = System.nanoTime();
    private String problem = "";
    private String server;

    public ServerLink(Connector connector, Executor ui, Timings timings, Listener listener) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.timings = Objects.requireNonNull(timings, "timings");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public String address() {
        return connector.address();
    }

    public State state() {
        return state;
    }

    /** The server the calls went to last (it changes after a failover), or {@link #address()} before any answered. */
    public String server() {
        return server != null ? server : address();
    }

    /** Why the server counts as unreachable, for the clerk; empty otherwise. */
    String problem() {
        return state == State.UNREACHABLE ? problem : "";
    }

    /** Whole seconds the oldest outstanding call has waited, once past {@link Timings#waitingAfter()}; else 0. */
    public long waitingSeconds() {
        if (outstanding.isEmpty()) {
            return 0;
        }
        long waited = System.nanoTime() - outstanding.peekFirst();
        return waited < timings.waitingAfter().toNanos() ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waited));
    }

    /** True while a call the clerk asked for is outstanding (quiet ones, such as polls, do not count). */
    public boolean isBusy() {
        return asked > 0;
    }

    /** From now on calls go through {@code till}, a clerk's session (null: the service); a new one tells the listener. */
    public void useSession(Till till) {
        session = till;
        if (till != null) {
            listener.signedIn();
        }
    }

    /** The clerk's session calls go through, or null while no clerk is signed in. */
    public Till session() {
        return session;
    }

    /** Runs {@code hook} on the UI thread whenever the server refuses a call for want of a signed-in clerk. */
    public void onSignInRequired(Runnable hook) {
        signInRequired = Objects.requireNonNull(hook, "hook");
    }

    /** Who is asked for a manager's approval when a call needs one; without one such calls are refused. */
    public void approver(ApprovalCalls.Approver approver) {
        approvals.approver(approver);
    }

    /**
     * Runs a call a clerk may need a manager's approval for: first without one; when the server asks
     * for one, the {@link ApprovalCalls.Approver} asks a manager and the call is sent again with it.
     */
    public <T> void callApproved(ApprovalCalls.ApprovableCall<T> call, Reply<T> reply) {
        approvals.call(call, reply);
    }

    /** Connects; the outcome arrives as {@link Listener#connected} or an unreachable state. */
    public void start() {
        probeNow();
    }

    /** Probes the server now rather than at the next probe. */
    public void probeNow() {
        if (probing || probes.isShutdown()) {
            return;
        }
        if (nextProbe != null) {
            nextProbe.cancel(false);
            nextProbe = null;
        }
        probing = true;
        probes.execute(() -> {
            try {
                CheckoutService stub = service();
                Catalog favourites = stub.favourites();
                String answering = connector.serverOf(stub);
                ui.execute(() -> probed(favourites, answering));
            } catch (RemoteException | RuntimeException e) {
                ui.execute(() -> probeFailed(e));
            }
        });
    }

    /** Checks the deadline and refreshes the waiting time; the window calls it a few times a second. */
    public void tick() {
        if (state == State.CONNECTED && !outstanding.isEmpty()
                && System.nanoTime() - outstanding.peekFirst() > timings.deadline().toNanos()) {
            unreachable("no answer within " + timings.deadline().toSeconds() + " s");
        }
        if (state == State.CONNECTED && outstanding.isEmpty() && !probing
                && System.nanoTime() - lastHeard > timings.probeEvery().toNanos()) {
            probeNow();
        }
        long waiting = waitingSeconds();
        if (waiting != waitingShown) {
            waitingShown = waiting;
            listener.changed();
        }
    }

    /**
     * Runs a call on the call thread; {@code quiet} calls (polls) do not make the screen busy. Once
     * the link is closed, a call is dropped unanswered, as calls in flight are.
     */
    public <T> void call(boolean quiet, RemoteCall<T> call, Reply<T> reply) {
        if (calls.isShutdown()) {
            return;
        }
        outstanding.addLast(System.nanoTime());
        if (!quiet) {
            asked++;
        }
        calls.execute(() -> {
            Runnable outcome;
            boolean answered = true;
            String answering = null;
            CheckoutService stub = null;
            Till clerk = null;
            try {
                stub = service();
                clerk = session;
                try {
                    T result = call.call(clerk != null ? clerk : stub);
                    outcome = () -> reply.answered(result);
                } finally {
                    answering = connector.serverOf(stub);
                }
            } catch (SignInRequiredException e) {
                outcome = () -> {
                    reply.refused(e);
                    signInRequired.run();
                };
            } catch (CheckoutException e) {
                outcome = () -> reply.refused(e);
            } catch (RemoteException e) {
                if (SessionFailures.gone(e, clerk, stub)) {
                    LOG.log(Level.FINE, "The clerk's session is gone", e);
                    answering = connector.serverOf(stub);
                    SignInRequiredException ended = SessionFailures.ended(e);
                    outcome = () -> {
                        reply.refused(ended);   // not run: what the clerk asked is kept for the next session
                        signInRequired.run();
                    };
                } else {
                    LOG.log(Level.FINE, "Call failed", e);
                    answered = false;
                    outcome = () -> {
                        unreachable(e.getMessage());
                        reply.failed(e);
                    };
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Unexpected failure of a checkout call", e);
                outcome = () -> reply.failed(e);
            }
            Runnable then = outcome;
            boolean serverAnswered = answered;
            String answeredBy = answering;
            ui.execute(() -> {
                outstanding.pollFirst();
                if (serverAnswered) {
                    lastHeard = System.nanoTime();
                    if (answeredBy != null) {
                        server = answeredBy;
                    }
                }
                if (!quiet) {
                    asked--;
                }
                then.run();
                if (serverAnswered && state != State.CONNECTED) {
                    probeNow();   // it answers again: reconnect now rather than at the next probe
                }
                listener.changed();
            });
        });
    }

    /** Stops both background threads; calls in flight are abandoned. */
    public void close() {
        calls.shutdownNow();
        probes.shutdownNow();
    }

    private void probed(Catalog favourites, String answering) {
        probing = false;
        lastHeard = System.nanoTime();
        server = answering;
        if (state == State.CONNECTED) {
            listener.stillThere(favourites);
        } else {
            state = State.CONNECTED;
            listener.connected(favourites);
        }
        listener.changed();
    }

    private void probeFailed(Exception e) {
        LOG.log(Level.FINE, "Probe failed", e);
        probing = false;
        problem = e.getMessage();
        state = State.UNREACHABLE;
        scheduleProbe();
        listener.changed();
    }

    private void unreachable(String why) {
        problem = why;
        if (state != State.UNREACHABLE) {
            state = State.UNREACHABLE;
            scheduleProbe();
            listener.changed();
        }
    }

    private void scheduleProbe() {
        if (probing || nextProbe != null || probes.isShutdown()) {
            return;
        }
        nextProbe = probes.schedule(() -> ui.execute(() -> {
            nextProbe = null;
            probeNow();
        }), timings.probeEvery().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The service, looked up on first use. Background threads. */
    private synchronized CheckoutService service() throws RemoteException {
        if (service == null) {
            service = connector.connect();
        }
        return service;
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
