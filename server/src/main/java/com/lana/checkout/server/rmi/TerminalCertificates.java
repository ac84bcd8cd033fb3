package com.lana.checkout.server.rmi;

import com.lana.checkout.api.shift.TillId;
import com.lana.checkout.api.staff.SignInRefusedException;
import com.lana.checkout.server.service.CallingTerminal;

import java.rmi.server.RemoteServer;
import java.rmi.server.ServerNotActiveException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocket;

/**
 * The terminals calling a server that runs mutual TLS, known by the client certificate of the
 * connection each call came over ({@link TappedTlsServerSocket}): the common name (CN) of its subject.
 * A remote call whose connection or certificate cannot be found is refused rather than trusted.
 */
final class TerminalCertificates implements CallingTerminal {

    private static final String CANNOT_TELL = "The server cannot tell which terminal this is (";

    @Override
    public Optional<String> certifiedName() throws SignInRefusedException {
        String client;
        try {
            client = RemoteServer.getClientHost();
        } catch (ServerNotActiveException inProcess) {
            return Optional.empty();   // not a remote call: this process is trusted
        }
        SSLSocket connection = TappedTlsServerSocket.connectionOfThisThread();
        if (connection == null || connection.getInetAddress() == null
                || !connection.getInetAddress().getHostAddress().equals(client)) {
            throw refused("no TLS connection from " + client + " is reading this call)");
        }
        try {
            Certificate[] chain = connection.getSession().getPeerCertificates();
            return Optional.of(TillId.commonName(((X509Certificate) chain[0]).getSubjectX500Principal()));
        } catch (SSLPeerUnverifiedException | ClassCastException e) {
            throw refused("its connection presented no certificate)");
        }
    }

    private static SignInRefusedException refused(String why) {
        return new SignInRefusedException(SignInRefusedException.Reason.WRONG_TILL, CANNOT_TELL + why
                + ": sign-in refused");
    }
}
