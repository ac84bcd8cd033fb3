package com.lana.checkout.client.link;

import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.staff.SignInRequiredException;
import com.lana.checkout.api.staff.Till;

import java.rmi.ConnectException;
import java.rmi.ConnectIOException;
import java.rmi.NoSuchObjectException;
import java.rmi.RemoteException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells a clerk's session that is gone from a server that does not answer. A session is a remote
 * object of the server that signed the clerk in: a restarted server no longer has it
 * ({@link NoSuchObjectException}), and a stopped one takes it along, while the service's own stub
 * fails over to another server sharing the store. Either way the call was not run, and only a new
 * sign-in helps: the call answers {@link SignInRequiredException}, as one through an ended session
 * does. Called on the call thread.
 */
final class SessionFailures {

    private static final Logger LOG = Logger.getLogger(SessionFailures.class.getName());

    private SessionFailures() {
    }

    /**
     * Whether {@code failure}, of a call through {@code session} (null: none), means the session is
     * gone: its server no longer has it, or cannot be reached while {@code service} answers a probe
     * (it may fail over to do so). Anything else, and any failure without a session, is no answer.
     */
    static boolean gone(RemoteException failure, Till session, CheckoutService service) {
        if (session == null || service == null) {
            return false;
        }
        if (failure instanceof NoSuchObjectException) {
            return true;
        }
        return (failure instanceof ConnectException || failure instanceof ConnectIOException) && answers(service);
    }

    /**
     * What a call through a session that is gone answers, as an ended session's own calls do (an
     * answer, which carries no cause: the caller logs {@code failure}).
     */
    static SignInRequiredException ended(RemoteException failure) {
        return new SignInRequiredException("The session ended with its server ("
                + (failure instanceof NoSuchObjectException ? "it restarted or stopped" : "it stopped") + "): sign in again");
    }

    private static boolean answers(CheckoutService service) {
        try {
            service.favourites();
            return true;
        } catch (RemoteException | RuntimeException e) {
            LOG.log(Level.FINE, "The service does not answer either", e);
            return false;
        }
    }
}
