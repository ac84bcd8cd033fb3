package com.lana.checkout.api;

import java.rmi.RemoteException;

/**
 * The server is shutting down and refused the call without doing anything, so the call is safe
 * to send again — to this server after it restarts, or to another one. Clients made by
 * {@link Checkout#connect} do that by themselves.
 */
public class ServerStoppingException extends RemoteException {
    private static final long serialVersionUID = 1L;

    public ServerStoppingException(String message) {
        super(message);
    }
}
