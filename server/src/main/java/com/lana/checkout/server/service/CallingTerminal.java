package com.lana.checkout.server.service;

import com.lana.checkout.api.staff.SignInRefusedException;

import java.util.Optional;

/**
 * Who the terminal making the current call is, as its connection proves it: the RMI layer's job
 * (with mutual TLS, the subject of the terminal's client certificate), given to {@link Sessions} so
 * that the service knows nothing of sockets.
 */
public interface CallingTerminal {

    /**
     * The common name (CN) of the certificate the current call's terminal presented; empty when its
     * connection proves nothing (plain TCP) or the call comes from this process.
     *
     * @throws SignInRefusedException when the connection should prove it and cannot (the message says why)
     */
    Optional<String> certifiedName() throws SignInRefusedException;

    /** Connections that prove nothing (plain TCP, calls in process): the till a caller names is taken. */
    CallingTerminal UNPROVEN = Optional::empty;
}
