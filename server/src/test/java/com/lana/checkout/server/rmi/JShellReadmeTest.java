package com.lana.checkout.server.rmi;

import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.server.catalog.CatalogFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The README's JShell session (its ```jshell blocks, one after the other), run by the real
 * {@code jshell} against a real server in a folder of its own: what a developer pastes must print
 * the total, the sale, the refund and the day report the README promises, and save the receipts. The README
 * talks to the default port; the test rewrites {@code Checkout.connect()} to the free port its
 * server took.
 */
class JShellReadmeTest {

    /** Surefire runs in the module's folder, so the README is one up. */
    static final Path README = Paths.get("..", "README.md");
    private static final String FENCE = "```jshell";
    private static final String PROMPT = "jshell> ";
    private static final long TIMEOUT_SECONDS = 60;

    private static CheckoutServer server;
    /** Where the session runs, and writes what it saves. */
    private static Path folder;
    /** What the README's session printed. */
    private static String output;

    @BeforeAll
    static void runTheReadmesSession() throws Exception {
        server = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()));
        folder = Files.createTempDirectory("jshell-readme");
        List<String> session = jshellLinesOf(Files.readString(README, StandardCharsets.UTF_8), FENCE);
        assertThat(session).as("jshell> lines of the ```jshell blocks in %s", README.toAbsolutePath())
                .isNotEmpty()
                .anySatisfy(line -> assertThat(line).contains("Checkout.connect()"));
        List<String> input = new ArrayList<>();
        for (String line : session) {
            input.add(line.replace("Checkout.connect()", "Checkout.connect(\"127.0.0.1\", " + server.port() + ")"));
        }
        input.add("/exit");
        output = runJShell(input, folder);
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void theReadmesJShellSessionPrintsTheTotal() {
        assertThat(output).contains("32.50€");
    }

    @Test
    void theReadmesJShellSessionCompletesTheSaleWithChangeAndItsVat() {
        assertThat(output).contains("Sale S-000001")
                .containsPattern("Change +17\\.50€")
                .containsPattern("21% +26\\.86€ +5\\.64€ +32\\.50€")
                .doesNotContain("Exception");
    }

    @Test
    void theReadmesJShellSessionRefundsTheMugAndReportsTheDayAfterIt() {
        assertThat(output).contains("Refund R-000001", "Of sale S-000001", "[1 x MUG]")
                .containsPattern("REFUND +-7\\.50€")
                .containsPattern("21% +-6\\.20€ +-1\\.30€ +-7\\.50€")
                .containsPattern("Sales +1 \\(S-000001 to S-000001\\)")
                .containsPattern("Cash refunded +-7\\.50€")
                .containsPattern("Cash in drawer +25\\.00€")
                .containsPattern("21% +20\\.66€ +4\\.34€ +25\\.00€")
                .doesNotContain("Exception");
    }

    @Test
    void theReadmesJShellSessionFindsProductsByNameAndCode() {
        assertThat(output).contains("[MUG Lana Coffee Mug 7.50€]").contains("==> 21%");
    }

    @Test
    void theReadmesJShellSessionSavesTheReceiptPdf() throws IOException {
        Path pdf = folder.resolve("S-000001.pdf");

        assertThat(pdf).as("output was:%n%s", output).exists();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void theReadmesJShellSessionSavesTheRefundPdf() throws IOException {
        Path pdf = folder.resolve("R-000001.pdf");

        assertThat(pdf).as("output was:%n%s", output).exists();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aReadmeWithoutAJShellBlockFailsRatherThanSkips() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> jshellLinesOf("# Lana checkout\n```sh\njshell> 1 + 1\n```\n", FENCE))
                .withMessageContaining("```jshell block");
    }

    @Test
    void onlyPromptedLinesOfTheJShellBlockAreCommands() {
        String readme = "jshell> outside\n```jshell\n$ jshell\njshell> var a = 1\n1\njshell> a + 1\n```\njshell> after\n";

        assertThat(jshellLinesOf(readme, FENCE)).containsExactly("var a = 1", "a + 1");
    }

    @Test
    void aBlockFencedForAnotherSessionIsNotPartOfThisOne() {
        String readme = "```jshell\njshell> var a = 1\n```\n```jshell clerks\njshell> var b = 2\n```\n";

        assertThat(jshellLinesOf(readme, FENCE)).containsExactly("var a = 1");
        assertThat(jshellLinesOf(readme, "```jshell clerks")).containsExactly("var b = 2");
    }

    /**
     * The commands of the README's blocks fenced exactly {@code fence} (```jshell is the main
     * session, ```jshell clerks the one against a shop with clerks), without their prompt.
     */
    static List<String> jshellLinesOf(String readme, String fence) {
        List<String> lines = new ArrayList<>();
        boolean inBlock = false;
        boolean sawBlock = false;
        for (String line : readme.lines().toList()) {
            if (!inBlock && line.strip().equals(fence)) {
                inBlock = true;
                sawBlock = true;
            } else if (inBlock && line.strip().startsWith("```")) {
                inBlock = false;
            } else if (inBlock && line.startsWith(PROMPT)) {
                lines.add(line.substring(PROMPT.length()));
            }
        }
        assertThat(sawBlock).as("README has a " + fence + " block").isTrue();
        return lines;
    }

    /** Runs {@code input} through the JDK's jshell in {@code workingFolder}, the api classes on its class path. */
    static String runJShell(List<String> input, Path workingFolder) throws IOException, InterruptedException {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        assertThat(jshell).as("the JDK running the tests has jshell").isExecutable();
        Path output = Files.createTempFile("jshell-readme", ".out");
        try {
            Process process = new ProcessBuilder(jshell.toString(), "-q",
                    "--class-path", apiClasses().toString(),
                    "-J-Dfile.encoding=UTF-8", "-J-Dsun.stdout.encoding=UTF-8",
                    "-R-Dfile.encoding=UTF-8", "-R-Dsun.stdout.encoding=UTF-8")
                    .directory(workingFolder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write((String.join("\n", input) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("jshell did not finish within " + TIMEOUT_SECONDS + " s; it printed:\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** Where this test run's api classes are: api/target/classes or the checkout-api jar. */
    private static Path apiClasses() {
        try {
            Path location = Path.of(CheckoutService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            assertThat(System.getProperty("java.class.path")).as("test class path").contains(location.toString());
            return location;
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
