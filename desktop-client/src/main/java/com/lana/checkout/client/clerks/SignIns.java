package com.lana.checkout.client.clerks;

import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.shift.ShiftException;
import com.lana.checkout.api.shift.TillId;
import com.lana.checkout.api.staff.Clerk;
import com.lana.checkout.api.staff.SignInRequiredException;
import com.lana.checkout.api.staff.Till;
import com.lana.checkout.client.link.ServerLink;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Who works at this till: whether the server wants clerks to sign in at all (a store without clerks
 * runs open, as before clerks existed), signing a clerk in, and locking the till for the next one.
 * Once a clerk is signed in, every call of the till goes through their session
 * ({@link ServerLink#useSession}); a call the server refuses for want of one (the session expired)
 * signs the till out. Open and parked sales are baskets on the server: they stay with the till
 * whoever signs in next. Use on the UI thread; the {@link Listener}s are told of every change.
 */
public final class SignIns {

    /** Where the till is with its clerks. */
    public enum State {
        /** Not known yet whether the server wants clerks to sign in. */
        CHECKING,
        /** The server has no clerks: everything works without signing in. */
        OPEN,
        /** A clerk must sign in before the till sells. */
        SIGNED_OUT,
        /** A sign-in is being checked by the server. */
        SIGNING_IN,
        /** A clerk is signed in. */
        SIGNED_IN
    }

    /** Told on the UI thread after anything of the sign-in changed. */
    @FunctionalInterface
    public interface Listener {
        void changed();
    }

    /** What a sign-in answers: the session, its clerk, and whether the till has an open shift. */
    private record SignedIn(Till till, Clerk clerk, boolean shiftOpen) {
    }

    private final ServerLink link;
    private final String till;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private State state = State.CHECKING;
    private boolean checking;
    private Clerk clerk;
    private boolean shiftOpen;
    private String message = "";

    /** @param till this till's id, {@code T01} */
    public SignIns(ServerLink link, String till) {
        this.link = Objects.requireNonNull(link, "link");
        this.till = TillId.require(till);
        link.onSignInRequired(this::required);
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public State state() {
        return state;
    }

    /** This till's id. */
    public String till() {
        return till;
    }

    /** The clerk signed in, or null. */
    public Clerk clerk() {
        return clerk;
    }

    /** Whether the till had an open shift when the clerk signed in (or opened one since). */
    public boolean shiftOpen() {
        return shiftOpen;
    }

    /** The server's answer to the last sign-in, or why the till was signed out; empty when none. */
    public String message() {
        return message;
    }

    /**
     * Asks the server, once, whether clerks must sign in: with a call that changes nothing either
     * way (removing no basket), which a server with clerks refuses for want of a sign-in and any
     * other refuses as a bad request. Nothing while the answer is known or being asked for.
     */
    public void check() {
        if (state != State.CHECKING || checking) {
            return;
        }
        checking = true;
        link.call(true, service -> {
            service.removeBasket(null);
            return null;
        }, new ServerLink.Reply<>() {
            @Override
            public void answered(Object nothing) {
                checked(State.OPEN);
            }

            @Override
            public void refused(CheckoutException e) {
                checked(e instanceof SignInRequiredException ? State.SIGNED_OUT : State.OPEN);
            }

            @Override
            public void failed(Exception e) {
                checking = false;   // asked again when the server answers
            }
        });
    }

    /** Signs {@code name} in with {@code pin}; the answer, or the refusal, comes as a change. */
    public void signIn(String name, String pin) {
        if (state == State.SIGNING_IN) {
            return;
        }
        state = State.SIGNING_IN;
        message = "";
        changed();
        link.call(false, service -> {
            Till session = service.signIn(till, name, pin);
            boolean open;
            try {
                open = session.shift().isOpen();
            } catch (ShiftException none) {
                open = false;
            }
            return new SignedIn(session, session.clerk(), open);
        }, new ServerLink.Reply<>() {
            @Override
            public void answered(SignedIn signedIn) {
                link.useSession(signedIn.till());
                clerk = signedIn.clerk();
                shiftOpen = signedIn.shiftOpen();
                state = State.SIGNED_IN;
                changed();
            }

            @Override
            public void refused(CheckoutException e) {
                signedOut(e.getMessage());
            }

            @Override
            public void failed(Exception e) {
                signedOut("No answer from the server: try again once it answers");
            }
        });
    }

    /** Ctrl+L: signs the clerk out, for the next one; the till's sales stay on the server. */
    public void lock() {
        if (state != State.SIGNED_IN) {
            return;
        }
        Till ending = link.session();
        link.useSession(null);
        String name = clerk.name().display();
        signedOut("Till locked by " + name + ": the next clerk signs in");
        if (ending != null) {
            link.call(true, service -> {
                ending.signOut();
                return null;
            }, ServerLink.Reply.ignored());
        }
    }

    /** The till's shift was opened (or found open) by the clerk signed in. */
    public void shiftOpened() {
        shiftOpen = true;
        changed();
    }

    /** The till's shift was closed: the next sign-in, or the Shift menu, opens another. */
    public void shiftClosed() {
        shiftOpen = false;
        changed();
    }

    private void required() {
        if (state == State.SIGNED_IN) {
            link.useSession(null);
            signedOut("The session of " + clerk.name().display() + " ended: sign in again");
        } else if (state == State.CHECKING || state == State.OPEN) {
            checked(State.SIGNED_OUT);
        }
    }

    private void checked(State answer) {
        checking = false;
        if (state == State.CHECKING || answer == State.SIGNED_OUT) {
            state = answer;
            changed();
        }
    }

    private void signedOut(String why) {
        clerk = null;
        shiftOpen = false;
        message = why;
        state = State.SIGNED_OUT;
        changed();
    }

    private void changed() {
        for (Listener listener : listeners) {
            listener.changed();
        }
    }
}
