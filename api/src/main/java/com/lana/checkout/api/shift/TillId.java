package com.lana.checkout.api.shift;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a till's id and a person's name may be, checked where shifts and audit entries are made: a
 * till id is 1 to 16 letters, digits, '-' or '_' ({@code T01}); a name is 1 to 64 characters of
 * printable text, not blank.
 */
public final class TillId {

    private static final Pattern TILL = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    private static final int NAME_LENGTH = 64;

    private TillId() {
    }

    /**
     * {@code till} when it is a till id.
     *
     * @throws IllegalArgumentException naming it when it is not
     */
    public static String require(String till) {
        if (till == null || !TILL.matcher(till).matches()) {
            throw new IllegalArgumentException("A till id is 1 to 16 letters, digits, '-' or '_', was "
                    + (till == null ? "none" : "'" + shown(till) + "'"));
        }
        return till;
    }

    /**
     * The till a terminal's certificate is for, as a server with mutual TLS takes it: the common
     * name of its subject ({@code CN=T01}, as {@code scripts/make-dev-certs.sh --till T01} makes it),
     * when that is a till id; empty when the certificate names no till.
     */
    public static Optional<String> ofCertificate(X509Certificate certificate) {
        String name = commonName(certificate.getSubjectX500Principal());
        return TILL.matcher(name).matches() ? Optional.of(name) : Optional.empty();
    }

    /** The till the certificate of {@code store}'s first key is for ({@link #ofCertificate}); empty when none. */
    public static Optional<String> ofKeyStore(KeyStore store) throws KeyStoreException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate certificate) {
                return ofCertificate(certificate);
            }
        }
        return Optional.empty();
    }

    /** The most specific CN of {@code subject} (the first written), or an empty string when it has none. */
    public static String commonName(X500Principal subject) {
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

    /**
     * {@code name}, of a clerk or manager, when it is one; {@code what} says whose, for the message.
     *
     * @throws IllegalArgumentException naming it when it is blank, too long or holds control characters
     */
    public static String requireName(String name, String what) {
        if (name == null || name.isBlank() || name.length() > NAME_LENGTH
                || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("The " + what + " must be 1 to " + NAME_LENGTH
                    + " printable characters, was " + (name == null ? "none" : "'" + shown(name) + "'"));
        }
        return name;
    }

    /**
     * {@code text}, a reason or a reference, when it is 1 to {@code maxLength} printable characters.
     *
     * @throws IllegalArgumentException naming it when it is not
     */
    public static String requireText(String text, String what, int maxLength) {
        if (text == null || text.isBlank() || text.length() > maxLength
                || text.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("The " + what + " must be 1 to " + maxLength
                    + " printable characters, was " + (text == null ? "none" : "'" + shown(text) + "'"));
        }
        return text;
    }

    /** At most 40 characters of {@code text}, control characters escaped, for a message. */
    private static String shown(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(40).forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return text.length() > 40 ? out + "… (" + text.length() + " characters)" : out.toString();
    }
}
