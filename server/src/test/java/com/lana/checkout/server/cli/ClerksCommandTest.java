package com.lana.checkout.server.cli;

import com.lana.checkout.api.staff.ClerkName;
import com.lana.checkout.api.staff.Role;
import com.lana.checkout.server.security.ClerkAuthenticator;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.ClerkStore;
import com.lana.checkout.server.store.StoredClerk;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@code run-server.sh clerks add|list|disable|reset-pin}, run in process through the command line
 * {@code main} runs, with the PIN sent as stdin is by a script, against a store in an H2 file.
 */
class ClerksCommandTest {

    private static final Duration AT_MOST = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private String store() {
        return "jdbc:h2:file:" + dir.resolve("store");
    }

    private String pepperFile() {
        return dir.resolve("pin-pepper").toString();
    }

    private Run add(String name, String role, String stdin) {
        return run(stdin, "clerks", "add", name, "--role", role, "--store", store(), "--pepper-file", pepperFile());
    }

    private StoredClerk stored(String name) throws Exception {
        try (CheckoutStore opened = CheckoutStores.open(store())) {
            return opened.clerks().find(ClerkName.of(name)).orElseThrow();
        }
    }

    @Test
    void addSaysWhoWasAddedAsWhat() {
        Run run = add("Ann Smith", "manager", "4711\n");

        assertThat(run.exitCode).isZero();
        assertThat(run.oneOutputLine()).isEqualTo("Clerk Ann Smith added as manager");
        assertThat(run.err).isEmpty();
    }

    @Test
    void addKeepsAHashOfThePinFromStdinThatSignsTheClerkIn() throws Exception {
        add("Ann", "CLERK", "4711\n");

        StoredClerk ann = stored("ann");
        assertThat(ann.clerk().role()).isEqualTo(Role.CLERK);
        assertThat(ann.pinHash()).startsWith("$argon2id$").doesNotContain("4711");
        assertThat(ClerksFixture.signIn(store(), pepperFile(), "Ann", "4711").name()).isEqualTo(ClerkName.of("Ann"));
    }

    @Test
    void aNameAddedAgainInAnotherCaseIsRefusedNamingTheClerkAsAdded() throws Exception {
        add("Ann", "clerk", "4711\n");

        Run run = add("ANN", "manager", "1234\n");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.oneErrorLine()).isEqualTo(
                "run-server.sh: A clerk named Ann already exists (clerks reset-pin gives a new PIN)");
        assertThat(stored("Ann").clerk().role()).isEqualTo(Role.CLERK);
    }

    @Test
    void somethingThatIsNoPinAddsNobodyAndIsNotRepeated() throws Exception {
        Run run = add("Ann", "clerk", "47x11\n");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.oneErrorLine()).isEqualTo("run-server.sh: A PIN is 4 to 8 digits (0-9); no clerk added");
        assertThat(listed()).isEqualTo(noClerks());
    }

    @Test
    void anEmptyStdinAddsNobody() {
        Run run = add("Ann", "clerk", "");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.oneErrorLine()).startsWith("run-server.sh: No PIN on stdin");
    }

    @Test
    void aRoleOtherThanClerkOrManagerIsAUsageError() {
        Run run = add("Ann", "boss", "4711\n");

        assertThat(run.exitCode).isEqualTo(Launcher.BAD_USAGE);
        assertThat(run.oneErrorLine()).startsWith("run-server.sh: ").contains("A role is clerk or manager, was 'boss'");
    }

    @Test
    void aNameOfMoreThan40CharactersIsAUsageError() {
        Run run = add("A".repeat(41), "clerk", "4711\n");

        assertThat(run.exitCode).isEqualTo(Launcher.BAD_USAGE);
        assertThat(run.oneErrorLine()).contains("A clerk's name is 1-40 characters");
    }

    @Test
    void listShowsEveryClerkInNameOrderWithRoleAndWhetherDisabled() {
        add("carla", "clerk", "1111\n");
        add("Bob", "manager", "2222\n");
        run("", "clerks", "disable", "CARLA", "--store", store());

        assertThat(listed()).isEqualTo("Bob    manager\ncarla  clerk    disabled\n");
    }

    @Test
    void listOfAStoreWithoutClerksSaysItServesAnyone() {
        assertThat(listed()).isEqualTo(noClerks());
    }

    @Test
    void disableNamesTheClerkAsAddedAndMarksThemDisabled() throws Exception {
        add("Ann", "clerk", "4711\n");

        Run run = run("", "clerks", "disable", "ann", "--store", store());

        assertThat(run.exitCode).isZero();
        assertThat(run.oneOutputLine()).isEqualTo("Clerk Ann disabled: they can no longer sign in");
        assertThat(stored("Ann").clerk().disabled()).isTrue();
    }

    @Test
    void disablingANameNobodyHasFails() {
        Run run = run("", "clerks", "disable", "Zoe", "--store", store());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.oneErrorLine()).isEqualTo("run-server.sh: No clerk named Zoe");
    }

    @Test
    void resetPinGivesANewPinAndEndsTheLockNamingTheClerkAsAdded() throws Exception {
        add("Ann", "clerk", "4711\n");
        try (CheckoutStore opened = CheckoutStores.open(store())) {
            ClerkStore clerks = opened.clerks();
            for (int i = 0; i < ClerkAuthenticator.LOCK_AFTER; i++) {
                clerks.recordFailure(ClerkName.of("Ann"), Instant.now(), ClerkAuthenticator.LOCK_AFTER,
                        ClerkAuthenticator.LOCK_FOR);
            }
        }

        Run run = run("98765432\n", "clerks", "reset-pin", "ANN", "--store", store(), "--pepper-file", pepperFile());

        assertThat(run.exitCode).isZero();
        assertThat(run.oneOutputLine()).isEqualTo("New PIN set for Ann; any lock after wrong PINs has ended");
        assertThat(stored("Ann").lockedUntil()).isNull();
        assertThat(ClerksFixture.signIn(store(), pepperFile(), "Ann", "98765432").name()).isEqualTo(ClerkName.of("Ann"));
    }

    @Test
    void resetPinOfANameNobodyHasFailsBeforeAskingForAPin() {
        Run run = run("", "clerks", "reset-pin", "Zoe", "--store", store(), "--pepper-file", pepperFile());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.oneErrorLine()).isEqualTo("run-server.sh: No clerk named Zoe");
    }

    @Test
    void theDefaultMemoryStoreIsRefusedSayingWhy() {
        Run run = run("4711\n", "clerks", "add", "Ann", "--role", "clerk");

        assertThat(run.exitCode).isEqualTo(Launcher.BAD_USAGE);
        assertThat(run.oneErrorLine()).isEqualTo("run-server.sh: clerks add needs --store URL of a database "
                + "(jdbc:h2:file:PATH or jdbc:postgresql://HOST:PORT/DB): clerks in memory would be lost when "
                + "this command ends");
    }

    @Test
    void clerksWithoutACommandIsRefused() {
        Run run = run("", "clerks");

        assertThat(run.exitCode).isEqualTo(Launcher.BAD_USAGE);
        assertThat(run.oneErrorLine()).isEqualTo(
                "run-server.sh: clerks needs a command: add, list, disable or reset-pin (see --help)");
    }

    @Test
    void addsHelpSaysWhereThePinIsRead() {
        Run run = run("", "clerks", "add", "--help");

        assertThat(run.exitCode).isZero();
        assertThat(run.out).startsWith("Usage: run-server.sh clerks add").contains("NAME", "--role", "--store",
                "stdin", "--pepper-file");
    }

    @Test
    void theServersHelpNamesTheClerksCommands() {
        Run run = run("", "--help");

        assertThat(run.out).contains("clerks add NAME --role clerk|manager --store URL")
                .containsPattern("Commands:(\\n .*)*\\n  clerks ");
    }

    private String listed() {
        Run run = run("", "clerks", "list", "--store", store());
        assertThat(run.exitCode).isZero();
        return run.out;
    }

    private static String noClerks() {
        return "No clerks: the store's servers serve anyone (clerks add NAME --role clerk|manager adds one)\n";
    }

    private static Run run(String stdin, String... args) {
        return assertTimeoutPreemptively(AT_MOST, () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine commandLine = Main.commandLine(clerk -> PinInput.firstLine(
                    new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            int exitCode = commandLine.execute(args);
            return new Run(exitCode, out.toString().replace(System.lineSeparator(), "\n"), err.toString());
        });
    }

    /** What one run printed and answered. */
    record Run(int exitCode, String out, String err) {

        String oneOutputLine() {
            assertThat(out.lines()).as("stdout: %s", out).hasSize(1);
            return out.strip();
        }

        String oneErrorLine() {
            assertThat(err.lines()).as("stderr: %s", err).hasSize(1);
            return err.strip();
        }
    }
}
