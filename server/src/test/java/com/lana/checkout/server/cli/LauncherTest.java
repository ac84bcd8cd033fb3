package com.lana.checkout.server.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LauncherTest {

    @Command(name = "tool")
    static final class Tool implements Callable<Integer> {
        @Option(names = "--count")
        int count;

        @Override
        public Integer call() {
            return 0;
        }
    }

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Launcher.commandLine("run-tool.sh", new Tool());
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void aBadOptionIsOneLineNamingTheLauncherAndPointingToHelp() {
        assertThat(run("--count", "many")).isEqualTo(Launcher.BAD_USAGE);

        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("run-tool.sh: ").contains("'many'").endsWith("(see --help)");
    }

    @Test
    void aFailureIsOneLineNamingTheLauncherWithTheExitCodeGiven() {
        CommandLine commandLine = Launcher.commandLine("run-tool.sh", new Tool());
        commandLine.setErr(new PrintWriter(err, true));

        assertThat(Launcher.of("run-tool.sh", commandLine).fail(1, "no display")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("run-tool.sh: no display" + System.lineSeparator());
    }

    @Test
    void portsRunFromOneTo65535() {
        assertThat(Launcher.isPort(0)).isFalse();
        assertThat(Launcher.isPort(1)).isTrue();
        assertThat(Launcher.isPort(65535)).isTrue();
        assertThat(Launcher.isPort(65536)).isFalse();
    }

    @Test
    void missingTlsStoresAreNamedWithHowToMakeThem(@TempDir Path folder) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Launcher.tls(folder.resolve("client.p12"), folder.resolve("truststore.p12")))
                .withMessageContaining("client.p12")
                .withMessageEndingWith("(make development stores with scripts/make-dev-certs.sh)");
    }
}
