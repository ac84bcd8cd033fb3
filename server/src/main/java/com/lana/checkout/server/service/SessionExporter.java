package com.lana.checkout.server.service;

import com.lana.checkout.api.staff.Till;

import java.rmi.RemoteException;

/**
 * Makes a clerk's session reachable by the client that signed in, and unreachable again when it
 * ends: the RMI layer's job (it exports each session as it exports the service), given to
 * {@link Sessions} so that the service knows nothing of RMI.
 */
public interface SessionExporter {

    /** Makes {@code session} reachable; answers what to hand the client (for RMI, its stub). */
    Till export(Till session) throws RemoteException;

    /** Makes {@code session} unreachable from now on; calls on its stub then fail. Never throws. */
    void unexport(Till session);

    /** For a service used in process, with no wire: the session itself. */
    SessionExporter IN_PROCESS = new SessionExporter() {
        @Override
        public Till export(Till session) {
            return session;
        }

        @Override
        public void unexport(Till session) {
            // nothing was exported
        }
    };
}
