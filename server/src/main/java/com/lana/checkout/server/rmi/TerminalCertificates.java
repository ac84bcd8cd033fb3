package com.lana.checkout.server.rmi;

import com.lana.checkout.api.staff.SignInRefusedException;
import com.lana.checkout.server.service.CallingTerminal;

import java.rmi.server.RemoteServer;
import java.rmi.server.ServerNotActiveException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocket;
import javax.security.auth.x500.X500Principal;

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
            return Optional.of(commonName(((X509Certificate) chain[0]).getSubjectX500Principal()));
        } catch (SSLPeerUnverifiedException | ClassCastException e) {
            throw refused("its connection presented no certificate)");
        }
    }

    /** The most specific CN of {@code subject} (the first written), or an empty string when it has none. */
    static String commonName(X500Principal subject) {
        try {
            String found = "";
            for (Rdn part : new LdapName(subject.getName(X500Principal.RFC2253)).getRdns()) {
                if (part.getType().equalsIgnoreCase("CN")) {
                    found = String.valueOf(part.getValue());
                }
            }
            return found;
        } catch (InvalidNameException e) {
            return "";
        }
    }

    private static SignInRefusedException refused(String why) {
        return new SignInRefusedException(SignInRefusedException.Reason.WRONG_TILL, CANNOT_TELL + why
                + ": sign-in refused");
    }
}
