package com.lana.checkout.server.cli;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.catalog.CatalogUpdate;
import com.lana.checkout.server.store.CatalogStore;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code run-server.sh catalog import|export FILE --store URL}: the catalog versions of a database
 * store, from the command line, with no server running here. An import publishes a new version,
 * which every server on the database serves within seconds; an export writes the current one.
 * Each says what it did in one line on stdout, or what is wrong in one line on stderr.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        usageHelpAutoWidth = true,
        subcommands = {CatalogCommand.Import.class, CatalogCommand.Export.class},
        description = {"Imports a catalog into a database store as a new version, or exports the current one.",
            "Every server on the database serves an imported version within seconds, without a restart; "
                    + "baskets opened before it keep their prices to their sale."})
final class CatalogCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Neither import nor export: a usage error, as a missing option is. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "catalog needs a command: import or export");
    }

    /** What both commands share: the database store, and how they complain. */
    abstract static class OnStore implements Callable<Integer> {

        @Option(names = "--store", paramLabel = "URL",
                description = {"The database store: jdbc:postgresql://HOST:PORT/DB?user=NAME (the password is read "
                        + "from $" + CheckoutStores.PASSWORD_VARIABLE + ", or the URL) or jdbc:h2:file:PATH.",
                    "Not " + CheckoutStores.MEMORY + ": a memory store has no catalog outside a running server "
                            + "(start it with --catalog FILE instead)."})
        String store;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (store == null || CheckoutStores.MEMORY.equals(store)) {
                return fail(Launcher.BAD_USAGE, "catalog " + spec.name() + " needs --store URL of a database "
                        + "(jdbc:h2:file:PATH or jdbc:postgresql://HOST:PORT/DB): a memory store has no catalog "
                        + "outside a running server (start the server with --catalog FILE instead)");
            }
            try {
                return run();
            } catch (StoreUnavailableException | IllegalArgumentException e) {
                return fail(1, e.getMessage());
            }
        }

        /** Does the command's work on the store at {@link #store}, a database. */
        abstract int run() throws StoreUnavailableException;

        int fail(int exitCode, String message) {
            return Launcher.of(Main.NAME, spec.commandLine()).fail(exitCode, message);
        }

        void say(String line) {
            spec.commandLine().getOut().println(line);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            usageHelpAutoWidth = true,
            description = {"Publishes FILE as the store's next catalog version, all or nothing.",
                "JSON is a whole catalog; CSV (code,name,price,vat,barcodes,on_sale) is products only, keeping "
                        + "the promotions, favourites and price barcodes in force (the built-in catalog's, in a "
                        + "store without one).",
                "A bad file is one line naming the file, line, column and problem, and publishes nothing."})
    static final class Import extends OnStore {

        @Parameters(paramLabel = "FILE", description = "The catalog to import: .json or .csv.")
        Path file;

        @Override
        int run() throws StoreUnavailableException {
            CatalogUpdate update;
            try {
                update = CatalogFile.update(file);
            } catch (CatalogFile.InvalidCatalogException e) {
                return fail(1, e.getMessage());
            }
            try (CheckoutStore opened = CheckoutStores.open(store)) {
                CatalogStore catalogs = opened.catalogs();
                long current = catalogs.currentVersion();
                Catalog catalog = update.over(current == 0 ? CatalogFile.defaults() : catalogs.catalog(current));
                long version = catalogs.publish(catalog, file.toString());
                say("Catalog version " + version + " imported from " + file + ": " + catalog.products().size()
                        + " products");
                return 0;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            usageHelpAutoWidth = true,
            description = "Writes the store's current catalog version to FILE, in the format its name says.")
    static final class Export extends OnStore {

        @Parameters(paramLabel = "FILE", description = "Where to write the catalog: .json (or .csv, products only).")
        Path file;

        @Override
        int run() throws StoreUnavailableException {
            try (CheckoutStore opened = CheckoutStores.open(store)) {
                CatalogStore catalogs = opened.catalogs();
                long current = catalogs.currentVersion();
                if (current == 0) {
                    return fail(1, "The store has no catalog yet: import one, or start a server on it");
                }
                Catalog catalog = catalogs.catalog(current);
                try {
                    CatalogFile.write(catalog, file);
                } catch (IOException e) {
                    return fail(1, "Cannot write " + file + ": " + e.getMessage());
                }
                say("Catalog version " + current + " exported to " + file + ": " + catalog.products().size()
                        + " products");
                return 0;
            }
        }
    }
}
