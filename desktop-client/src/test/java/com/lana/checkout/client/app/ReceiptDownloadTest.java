package com.lana.checkout.client.app;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.server.rmi.CheckoutServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code run-client.sh --receipt S-000001 --out FILE} against a real server: no window, a PDF file. */
class ReceiptDownloadTest {

    private static CheckoutServer server;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void startServerWithOneSale() throws Exception {
        server = TestServers.start(0);
        CheckoutService checkout = Checkout.connect("127.0.0.1", server.port());
        BasketId basket = checkout.createBasket();
        checkout.addProduct(basket, "MUG");
        checkout.completeSale(basket, Money.parse("7.50€"), List.of(Payment.cash(Money.parse("10.00€"))),
                OperationId.random());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void savesTheSalesReceiptAsAPdf(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("receipt.pdf");

        int exit = run("--port", "" + server.port(), "--receipt", "S-000001", "--out", file.toString());

        assertThat(exit).as("exit code; stderr: %s", err).isZero();
        assertThat(new String(Files.readAllBytes(file), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(out.toString()).contains("Saved the receipt of sale S-000001 to " + file);
    }

    @Test
    void anUnknownSaleIsSaidAndNothingIsWritten(@TempDir Path folder) {
        Path file = folder.resolve("receipt.pdf");

        int exit = run("--port", "" + server.port(), "--receipt", "S-000042", "--out", file.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("No sale S-000042");
        assertThat(file).doesNotExist();
    }

    @Test
    void aSaleNumberThatIsNotOneIsRefusedByName() {
        assertThat(run("--port", "" + server.port(), "--receipt", "PEN")).isEqualTo(2);
        assertThat(err.toString()).contains("--receipt: Not a sale number: 'PEN'");
    }

    private int run(String... arguments) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(arguments);
    }
}
