package com.lana.checkout.server.cli;

import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.api.staff.ClerkName;
import com.lana.checkout.api.staff.InvalidPinException;
import com.lana.checkout.api.staff.Role;
import com.lana.checkout.server.security.Pepper;
import com.lana.checkout.server.security.Pin;
import com.lana.checkout.server.security.PinHasher;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.ClerkStore;
import com.lana.checkout.server.store.StoredClerk;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code run-server.sh clerks add|list|disable|reset-pin}: the clerks of a database store, from the
 * shell, with no server running here. A new PIN is asked on the terminal (twice, not shown) or read as
 * the first line of stdin, never taken from the command line. Each command says what it did in one
 * line on stdout, or what is wrong in one line on stderr.
 */
@Command(name = "clerks", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        usageHelpAutoWidth = true,
        subcommands = {ClerksCommand.Add.class, ClerksCommand.ListClerks.class, ClerksCommand.Disable.class,
            ClerksCommand.ResetPin.class},
        description = {"Adds, lists and disables the clerks of a database store, and gives them new PINs.",
            "A store with no clerks serves anyone, as before clerks existed."})
final class ClerksCommand implements Callable<Integer> {

    /** Where new PINs are read; {@link Main#commandLine(PinInput)} sets it for tests. */
    PinInput pins = PinInput.system();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No command: a usage error, as a missing option is. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "clerks needs a command: add, list, disable or reset-pin");
    }

    /** What every command shares: the database store, and how they complain. */
    abstract static class OnStore implements Callable<Integer> {

        @Option(names = "--store", paramLabel = "URL", defaultValue = CheckoutStores.MEMORY,
                description = {"The database store: jdbc:h2:file:PATH or jdbc:postgresql://HOST:PORT/DB?user=NAME "
                        + "(the password is read from $" + CheckoutStores.PASSWORD_VARIABLE + ", or the URL).",
                    "Not " + CheckoutStores.MEMORY + " (the default): a memory store's clerks would be lost "
                            + "when this command ends."})
        String store;

        @ParentCommand
        ClerksCommand clerks;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (CheckoutStores.MEMORY.equals(store)) {
                return fail(Launcher.BAD_USAGE, "clerks " + spec.name() + " needs --store URL of a database "
                        + "(jdbc:h2:file:PATH or jdbc:postgresql://HOST:PORT/DB): clerks in memory would be "
                        + "lost when this command ends");
            }
            try (CheckoutStore opened = CheckoutStores.open(store)) {
                return run(opened.clerks());
            } catch (StoreUnavailableException | IllegalArgumentException e) {
                return fail(1, e.getMessage());
            }
        }

        /** Does the command's work on the clerks of the store at {@link #store}, a database. */
        abstract int run(ClerkStore clerkStore) throws StoreUnavailableException;

        int fail(int exitCode, String message) {
            return Launcher.of(Main.NAME, spec.commandLine()).fail(exitCode, message);
        }

        void say(String line) {
            spec.commandLine().getOut().println(line);
        }
    }

    /** What the commands that set a PIN share: the pepper, and reading the PIN. */
    abstract static class SettingPin extends OnStore {

        @Option(names = "--pepper-file", paramLabel = "FILE",
                description = {"The server's secret mixed into every PIN hash, kept outside the database; made "
                        + "with 32 random bytes, owner only, when missing. "
                        + "Default: $" + Pepper.VARIABLE + " when set, else ~/.lana/pin-pepper.",
                    "Servers checking this store's PINs need the same one."})
        Path pepperFile;

        /**
         * The hash of a new PIN for {@code name}, read from {@link PinInput}; the PIN is cleared.
         *
         * @throws IOException when no PIN could be read, with a message for the person
         * @throws InvalidPinException when what was read is not 4 to 8 digits
         */
        String newPinHash(ClerkName name) throws IOException, InvalidPinException {
            PinHasher hasher = new PinHasher(pepperFile != null ? Pepper.load(Map.of(), pepperFile)
                    : Pepper.load(System.getenv(), Pepper.defaultFile()));
            char[] typed = clerks.pins.newPin(name.display());
            Pin pin;
            try {
                pin = Pin.of(typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
            try {
                return hasher.hash(pin);
            } finally {
                pin.clear();
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            usageHelpAutoWidth = true,
            description = {"Adds a clerk who may sign in at any till of the store, with a PIN of 4-8 digits "
                    + "asked twice on the terminal, or read as one line from stdin.",
                "From then on the store's servers refuse money-changing calls by no clerk."})
    static final class Add extends SettingPin {

        @Parameters(paramLabel = "NAME", converter = NameConverter.class,
                description = "The clerk's name, 1-40 characters, as tills show it; names differing only in case "
                        + "are one clerk.")
        ClerkName name;

        @Option(names = "--role", paramLabel = "clerk|manager", required = true, converter = RoleConverter.class,
                description = "A manager may do everything; a clerk needs a manager's approval for some actions.")
        Role role;

        @Override
        int run(ClerkStore clerkStore) throws StoreUnavailableException {
            Optional<StoredClerk> existing = clerkStore.find(name);
            if (existing.isPresent()) {
                return exists(existing.get().clerk().name());
            }
            String hash;
            try {
                hash = newPinHash(name);
            } catch (IOException | InvalidPinException e) {
                return fail(1, e.getMessage() + "; no clerk added");
            }
            if (!clerkStore.add(name, role, hash)) {
                return exists(name);
            }
            say("Clerk " + name + " added as " + role);
            return 0;
        }

        private int exists(ClerkName existing) {
            return fail(1, "A clerk named " + existing + " already exists (clerks reset-pin gives a new PIN)");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            usageHelpAutoWidth = true, description = "Lists the store's clerks, one a line: name, role, and "
                    + "whether disabled.")
    static final class ListClerks extends OnStore {

        @Override
        int run(ClerkStore clerkStore) throws StoreUnavailableException {
            List<StoredClerk> all = clerkStore.list();
            if (all.isEmpty()) {
                say("No clerks: the store's servers serve anyone (clerks add NAME --role clerk|manager adds one)");
                return 0;
            }
            int width = all.stream().mapToInt(clerk -> clerk.clerk().name().display().length()).max().orElse(0);
            for (StoredClerk stored : all) {
                String line = String.format("%-" + width + "s  %-7s  %s", stored.clerk().name(),
                        stored.clerk().role(), stored.clerk().disabled() ? "disabled" : "");
                say(line.stripTrailing());
            }
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            usageHelpAutoWidth = true,
            description = "Stops a clerk from signing in; their past actions stay on record under their name.")
    static final class Disable extends OnStore {

        @Parameters(paramLabel = "NAME", converter = NameConverter.class, description = "The clerk, in any case.")
        ClerkName name;

        @Override
        int run(ClerkStore clerkStore) throws StoreUnavailableException {
            Optional<StoredClerk> found = clerkStore.find(name);
            if (found.isEmpty() || !clerkStore.disable(name)) {
                return fail(1, "No clerk named " + name);
            }
            say("Clerk " + found.get().clerk().name() + " disabled: they can no longer sign in");
            return 0;
        }
    }

    @Command(name = "reset-pin", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            usageHelpAutoWidth = true,
            description = "Gives a clerk a new PIN, asked as for add, and ends any lock after wrong PINs.")
    static final class ResetPin extends SettingPin {

        @Parameters(paramLabel = "NAME", converter = NameConverter.class, description = "The clerk, in any case.")
        ClerkName name;

        @Override
        int run(ClerkStore clerkStore) throws StoreUnavailableException {
            Optional<StoredClerk> found = clerkStore.find(name);
            if (found.isEmpty()) {
                return fail(1, "No clerk named " + name);
            }
            ClerkName stored = found.get().clerk().name();
            String hash;
            try {
                hash = newPinHash(stored);
            } catch (IOException | InvalidPinException e) {
                return fail(1, e.getMessage() + "; the PIN is unchanged");
            }
            if (!clerkStore.setPinHash(name, hash)) {
                return fail(1, "No clerk named " + name);
            }
            say("New PIN set for " + stored + "; any lock after wrong PINs has ended");
            return 0;
        }
    }

    /** A clerk's name on the command line: a bad one is a usage error naming the rule. */
    static final class NameConverter implements CommandLine.ITypeConverter<ClerkName> {
        @Override
        public ClerkName convert(String value) {
            try {
                return ClerkName.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --role clerk|manager}, in any case. */
    static final class RoleConverter implements CommandLine.ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            try {
                return Role.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
