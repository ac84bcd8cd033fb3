package com.lana.checkout.server.cli;

import com.lana.checkout.api.staff.InvalidPinException;
import com.lana.checkout.api.staff.SignInRefusedException;
import com.lana.checkout.server.security.CapturedLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A clerk's PIN, right or wrong, shows nowhere: not in what the {@code clerks} command prints, not in
 * a log line at any level, not in an exception's message or stack trace, and not in the bytes of the
 * database file, in any of the encodings a database might write text in.
 */
class PinNeverShownTest {

    /** Digits unlikely to turn up by chance anywhere. */
    private static final String PIN = "73914862";
    private static final String WRONG_PIN = "51862907";
    private static final String MALFORMED = "518629073";

    @TempDir
    Path dir;

    @Test
    void aPinAddedAndTriedRightAndWrongIsInNoOutputLogExceptionOrDatabaseByte() throws Exception {
        String store = "jdbc:h2:file:" + dir.resolve("db").resolve("store");
        String pepperFile = dir.resolve("pin-pepper").toString();
        StringBuilder shown = new StringBuilder();
        List<Throwable> thrown = new ArrayList<>();

        try (CapturedLog log = new CapturedLog()) {
            shown.append(run(PIN + "\n", "clerks", "add", "Ann", "--role", "clerk", "--store", store,
                    "--pepper-file", pepperFile));
            thrown.add(catchThrowable(() -> ClerksFixture.signIn(store, pepperFile, "Ann", WRONG_PIN)));
            thrown.add(catchThrowable(() -> ClerksFixture.signIn(store, pepperFile, "Ann", MALFORMED)));
            thrown.add(catchThrowable(() -> ClerksFixture.signIn(store, pepperFile, "Zoe", PIN)));
            ClerksFixture.signIn(store, pepperFile, "Ann", PIN);
            shown.append(run(WRONG_PIN + "\n", "clerks", "reset-pin", "Ann", "--store", store,
                    "--pepper-file", pepperFile));
            shown.append(log.text());
        }

        assertThat(thrown).hasExactlyElementsOfTypes(
                SignInRefusedException.class, InvalidPinException.class, SignInRefusedException.class);
        for (Throwable refusal : thrown) {
            StringWriter trace = new StringWriter();
            refusal.printStackTrace(new PrintWriter(trace));
            shown.append(trace);
        }
        assertThat(shown).as("output, log and exceptions").contains("Ann")
                .doesNotContain(PIN, WRONG_PIN, MALFORMED);
        assertThat(databaseBytes()).as("database files").isNotEmpty().allSatisfy(bytes -> {
            for (String pin : List.of(PIN, WRONG_PIN)) {
                for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
                    assertThat(indexOf(bytes, pin.getBytes(charset))).as("%s in %s", pin, charset).isEqualTo(-1);
                }
            }
        });
    }

    /** Every file the database wrote, after it was closed. */
    private List<byte[]> databaseBytes() throws IOException {
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(dir.resolve("db"))) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.add(Files.readAllBytes(path));
            }
        }
        return files;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine(clerk -> PinInput.firstLine(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        assertThat(commandLine.execute(args)).as("exit code of %s: %s", String.join(" ", args), out).isZero();
        return out.toString();
    }
}
