package com.lana.checkout.server.rmi;

import com.lana.checkout.api.ClientSocketFactory;
import com.lana.checkout.api.staff.Till;
import com.lana.checkout.server.service.SessionExporter;

import java.rmi.NoSuchObjectException;
import java.rmi.RemoteException;
import java.rmi.server.RMIServerSocketFactory;
import java.rmi.server.UnicastRemoteObject;

/**
 * Exports each clerk's session as the service is exported: on the service's port, with its socket
 * factories (mutual TLS when the service has it) and its {@link ArgumentFilter}. Object ids are random
 * ({@code java.rmi.server.randomIDs}, set before the server's first export), so a session's stub cannot
 * be guessed from another's.
 */
final class SessionStubs implements SessionExporter {

    private final int port;
    private final ClientSocketFactory clientSockets;
    private final RMIServerSocketFactory serverSockets;

    SessionStubs(int port, ClientSocketFactory clientSockets, RMIServerSocketFactory serverSockets) {
        this.port = port;
        this.clientSockets = clientSockets;
        this.serverSockets = serverSockets;
    }

    @Override
    public Till export(Till session) throws RemoteException {
        return (Till) UnicastRemoteObject.exportObject(session, port, clientSockets, serverSockets,
                ArgumentFilter.FILTER);
    }

    /** Unexports at once, even during a call: the call that ends a session (sign-out) still gets its answer. */
    @Override
    public void unexport(Till session) {
        try {
            UnicastRemoteObject.unexportObject(session, true);
        } catch (NoSuchObjectException e) {
            // never exported, or already gone: nothing to undo
        }
    }
}
