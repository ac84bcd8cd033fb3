package com.lana.checkout.client.app;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's choice of servers: {@code --host/--port} for one, {@code --servers} for several. */
class MainOptionsTest {

    private final StringWriter err = new StringWriter();

    @Test
    void serversAreReadAsOneCommaSeparatedList() {
        Main main = new Main();
        new CommandLine(main).parseArgs("--servers", "till-a:1099, till-b");

        assertThat(main.servers).isEqualTo("till-a:1099, till-b");
    }

    @Test
    void serversAndHostTogetherAreRefused() {
        assertThat(run("--servers", "till-a:1099,till-b:1099", "--host", "till-c")).isEqualTo(2);
        assertThat(err.toString()).contains("give either --servers or --host/--port, not both");
    }

    @Test
    void serversAndPortTogetherAreRefused() {
        assertThat(run("--servers", "till-a:1099,till-b:1099", "-p", "1100")).isEqualTo(2);
        assertThat(err.toString()).contains("give either --servers or --host/--port, not both");
    }

    @Test
    void aBadServerEntryIsRefusedByName() {
        assertThat(run("--servers", "till-a:1099,till-b:x")).isEqualTo(2);
        assertThat(err.toString()).contains("--servers: Bad checkout server 'till-b:x'");
    }

    @Test
    void theHelpShowsServers() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(new PrintWriter(out, true));

        commandLine.execute("--help");

        assertThat(out.toString()).contains("--servers=HOST:PORT[,HOST:PORT...]");
    }

    @Test
    void theHelpShowsTheStoreOfAServerInsideTheTill() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(new PrintWriter(out, true));

        commandLine.execute("--help");

        assertThat(out.toString()).contains("--store=URL");
    }

    @Test
    void theStoreIsMemoryUnlessGiven() {
        Main main = new Main();
        new CommandLine(main).parseArgs();

        assertThat(main.store).isEqualTo("memory");
    }

    @Test
    void aTillIdThatCannotBeOneIsRefusedByName() {
        assertThat(run("--till", "till 1")).isEqualTo(2);
        assertThat(err.toString()).contains("--till: A till id is 1 to 16 letters, digits, '-' or '_', was 'till 1'");
    }

    @Test
    void aPoleDisplayThatIsNotOnTheNetworkIsRefusedByName() {
        assertThat(run("--pole-display", "file:/dev/ttyUSB0")).isEqualTo(2);
        assertThat(err.toString()).contains("--pole-display: A pole display is reached over the network, "
                + "tcp://HOST:PORT; was file:/dev/ttyUSB0");
    }

    private int run(String... arguments) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(arguments);
    }
}
