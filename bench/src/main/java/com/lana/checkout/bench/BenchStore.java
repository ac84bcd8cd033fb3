package com.lana.checkout.bench;

import com.lana.checkout.server.store.kinds.CheckoutStores;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A basket store the server under test runs on, as {@code --store} names it: {@code memory},
 * {@code jdbc:h2:file:PATH} or {@code jdbc:postgresql://HOST:PORT/DB?user=NAME}.
 *
 * @param kind {@code memory}, {@code h2} or {@code postgresql}: the {@code store=} of the RESULT lines
 * @param url the URL as given
 */
public record BenchStore(String kind, String url) {

    public static final String MEMORY = "memory";
    public static final String H2 = "h2";
    public static final String POSTGRESQL = "postgresql";

    private static final String H2_PREFIX = "jdbc:h2:file:";
    private static final String POSTGRESQL_PREFIX = "jdbc:postgresql://";

    /** A comma that starts the next store: PostgreSQL's multi-host URLs hold commas of their own. */
    private static final Pattern BETWEEN_STORES = Pattern.compile(",\\s*(?=memory\\b|jdbc:)");

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    /**
     * The stores {@code --store} named (repeated, or comma lists), in order, each once; memory when none.
     *
     * @throws IllegalArgumentException naming a URL of no kind the benchmark knows
     */
    public static List<BenchStore> parseAll(List<String> arguments) {
        List<BenchStore> stores = new ArrayList<>();
        for (String argument : arguments == null ? List.<String>of() : arguments) {
            for (String url : BETWEEN_STORES.split(argument.strip())) {
                BenchStore store = parse(url.strip());
                if (!stores.contains(store)) {
                    stores.add(store);
                }
            }
        }
        return stores.isEmpty() ? List.of(new BenchStore(MEMORY, MEMORY)) : List.copyOf(stores);
    }

    static BenchStore parse(String url) {
        if (url.equals(MEMORY)) {
            return new BenchStore(MEMORY, url);
        }
        if (url.startsWith(H2_PREFIX) && url.length() > H2_PREFIX.length()) {
            return new BenchStore(H2, url);
        }
        if (url.startsWith(POSTGRESQL_PREFIX) && url.length() > POSTGRESQL_PREFIX.length()) {
            return new BenchStore(POSTGRESQL, url);
        }
        throw new IllegalArgumentException("Unsupported store '" + safe(url) + "'; use memory, "
                + H2_PREFIX + "PATH or " + POSTGRESQL_PREFIX + "HOST:PORT/DB?user=NAME");
    }

    public boolean isDatabase() {
        return !kind.equals(MEMORY);
    }

    /** The URL with any password in it masked, fit for the report. */
    String safeUrl() {
        return safe(url);
    }

    /**
     * The URL the server under test gets: for H2 a fresh file {@code checkout} in {@code folder} with
     * the given URL's settings (what follows its first {@code ;}), so every run starts from an empty
     * database and never writes where the given path points; PostgreSQL's as given.
     */
    public String serverUrl(Path folder) {
        if (!kind.equals(H2)) {
            return url;
        }
        int settings = url.indexOf(';');
        return H2_PREFIX + folder.resolve("checkout").toAbsolutePath() + (settings < 0 ? "" : url.substring(settings));
    }

    public static String safe(String url) {
        return PASSWORD.matcher(url).replaceAll("$1***");
    }

    @Override
    public String toString() {
        return kind.equals(MEMORY) ? MEMORY : kind + " (" + safeUrl() + ")";
    }

    /** A fresh temporary folder for an H2 store's files, deleted by {@link #deleteFolder}. */
    public static Path freshFolder() {
        try {
            return Files.createTempDirectory("lana-bench-h2");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a temporary folder for the H2 store", e);
        }
    }

    public static void deleteFolder(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder: the system cleans it up eventually
        }
    }

    /** A PostgreSQL {@code url} with {@code schema} as its connections' current schema, for a bench's own tables. */
    static String inSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Runs {@code statements} in turn on one connection to {@code url}. */
    static void execute(String url, String... statements) throws SQLException {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** A connection as the store makes one (password from the store's variable); batches rewritten on PostgreSQL. */
    static Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        String password = System.getenv(CheckoutStores.PASSWORD_VARIABLE);
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            properties.setProperty("reWriteBatchedInserts", "true");
        }
        return DriverManager.getConnection(url, properties);
    }
}
