package com.lana.checkout.server.store.jdbc;

import java.util.regex.Pattern;

/**
 * A database a {@link JdbcStore} can keep baskets and sales in, as named by a {@code --store} URL.
 *
 * @param kind which database
 * @param url the JDBC URL as given, possibly holding a password
 */
record JdbcLocation(Kind kind, String url) {

    /** The URLs {@link #parse} accepts, for messages. */
    static final String SUPPORTED = "jdbc:h2:file:PATH or jdbc:postgresql://HOST:PORT/DB";

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    /** The databases a basket store can live in. */
    enum Kind {
        /** Embedded in the server's JVM, in one file; one server at a time. */
        H2("H2 file", "jdbc:h2:file:", "h2"),
        /** A PostgreSQL server, shared by any number of checkout servers. */
        POSTGRESQL("PostgreSQL", "jdbc:postgresql://", "postgresql");

        final String displayName;
        final String prefix;
        /** Folder of the migration scripts, under {@code db/migration/}. */
        final String migrations;

        Kind(String displayName, String prefix, String migrations) {
            this.displayName = displayName;
            this.prefix = prefix;
            this.migrations = migrations;
        }
    }

    /**
     * The location {@code url} names.
     *
     * @throws IllegalArgumentException naming the URL (without password) when it is of no supported kind
     */
    static JdbcLocation parse(String url) {
        JdbcLocation location = find(url);
        if (location == null) {
            throw new IllegalArgumentException("Unsupported store '" + withoutPassword(url) + "': use " + SUPPORTED);
        }
        return location;
    }

    /** The location {@code url} names, or null when it is of no supported kind. */
    static JdbcLocation find(String url) {
        for (Kind kind : Kind.values()) {
            if (url.startsWith(kind.prefix) && url.length() > kind.prefix.length()) {
                return new JdbcLocation(kind, url);
            }
        }
        return null;
    }

    /** The URL with any password in it masked, fit for log lines and messages. */
    String safeUrl() {
        return withoutPassword(url);
    }

    static String withoutPassword(String url) {
        return PASSWORD.matcher(url).replaceAll("$1***");
    }
}
