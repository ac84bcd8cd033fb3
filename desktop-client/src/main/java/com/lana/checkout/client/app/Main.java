package com.lana.checkout.client.app;

import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.shift.TillId;
import com.lana.checkout.client.clerks.SignIns;
import com.lana.checkout.client.device.PrintChoice;
import com.lana.checkout.client.device.PoleDisplay;
import com.lana.checkout.client.device.PrinterAddress;
import com.lana.checkout.client.device.ReceiptPrinter;
import com.lana.checkout.client.device.TillPrinting;
import com.lana.checkout.client.link.Connector;
import com.lana.checkout.client.sale.Till;
import com.lana.checkout.client.ui.Theme;
import com.lana.checkout.client.ui.TillWindow;
import com.lana.checkout.client.ui.clerks.ClerkDesk;
import com.lana.checkout.client.ui.display.CustomerDisplay;
import com.lana.checkout.client.ui.device.PrinterMenu;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** The clerks' point of sale: {@code ./run-client.sh --help}. */
@Command(name = "run-client.sh", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        version = "Lana checkout desktop client",
        description = {"Opens the Lana checkout sales screen, connected to a checkout server over Java RMI.",
            "When no server answers, offers to run one inside this till (a shop with one till); "
                    + "otherwise the window opens anyway and F5 retries."})
public final class Main implements Callable<Integer> {

    private static final String NAME = "run-client.sh";
    /** The exit code of a command line that could not be understood, as for the other launchers. */
    static final int BAD_USAGE = 2;
    /** How long the receipt printer has to take a job before the till says it is not answering. */
    private static final Duration PRINTER_TIMEOUT = Duration.ofSeconds(5);

    @Option(names = "--host", paramLabel = "HOST", defaultValue = Checkout.DEFAULT_HOST,
            description = "Host of the checkout server. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "" + CheckoutService.DEFAULT_PORT,
            description = "Port of the checkout server (1-65535). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--servers", paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Several checkout servers sharing their baskets, instead of --host/--port: the client "
                    + "uses the first that answers and carries on with the next when it stops answering. "
                    + "A host without a port means " + CheckoutService.DEFAULT_PORT + ".")
    String servers;

    @Option(names = "--receipt", paramLabel = "SALE",
            description = "Save the receipt of sale SALE (e.g. S-000001) as a PDF and exit, without opening the window.")
    String receipt;

    @Option(names = "--out", paramLabel = "FILE",
            description = "With --receipt: the file to write. Default: the sale's number, e.g. S-000001.pdf.")
    Path receiptFile;

    @Option(names = "--tls", description = "Connect over mutual TLS, presenting this terminal's certificate. "
            + "Make development certificates with scripts/make-dev-certs.sh.")
    boolean tls;

    @Option(names = "--keystore", paramLabel = "FILE", defaultValue = "dev-certs/client.p12",
            description = "With --tls: this terminal's certificate and key, PKCS#12. Default: ${DEFAULT-VALUE}.")
    Path keyStore;

    @Option(names = "--truststore", paramLabel = "FILE", defaultValue = "dev-certs/truststore.p12",
            description = "With --tls: the CA certificate the server's must be signed by, PKCS#12. "
                    + "Default: ${DEFAULT-VALUE}. The stores' password is read from $LANA_TLS_PASSWORD "
                    + "(default: changeit, as made by scripts/make-dev-certs.sh).")
    Path trustStore;

    @Option(names = "--store", paramLabel = "URL", defaultValue = "memory",
            description = "Where a server run inside this till (offered when no server answers) keeps baskets and "
                    + "sales, as run-server.sh --store: memory (lost when the till closes) or jdbc:h2:file:PATH "
                    + "(kept). Default: ${DEFAULT-VALUE}.")
    String store;

    @Option(names = "--till", paramLabel = "TILL",
            description = "This till's id, 1-16 letters, digits, '-' or '_' (e.g. T01): what clerks sign in at and "
                    + "what shifts and Z reports are kept by. Default: with --tls the till the --keystore "
                    + "certificate is for (its CN), else this machine's name, cut to fit.")
    String till;

    @Option(names = "--customer-display", description = "Open the customer display at start-up: a second window "
            + "facing the customer, on a second screen when there is one (also View → Customer display).")
    boolean customerDisplay;

    @Option(names = "--printer", paramLabel = "PRINTER",
            description = "The ESC/POS receipt printer, which also opens the cash drawer: tcp://HOST:PORT (a network "
                    + "printer, port 9100 by default), file:PATH (a USB printer's device file, or a file) or "
                    + "queue:NAME (a system print queue). Default: none (receipts on screen and as PDF only).")
    String printer;

    @Option(names = "--pole-display", paramLabel = "tcp://HOST:PORT",
            description = "A 2×20 pole display facing the customer, on the network, spoken to with ESC/POS display "
                    + "commands: the item scanned last and the TOTAL, then the change. Default: none.")
    String poleDisplay;

    @Spec
    CommandSpec spec;

    private Checkout.Options options;
    private PrinterAddress printerAddress;
    private PrinterAddress poleAddress;
    private boolean windowOpening;

    /**
     * The command line, which answers a bad option as the other launchers do: {@code run-client.sh:
     * what was wrong (see --help)} in one line, exit code {@value #BAD_USAGE}.
     */
    static CommandLine commandLine(Main main) {
        CommandLine commandLine = new CommandLine(main);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            e.getCommandLine().getErr().println(NAME + ": " + e.getMessage() + " (see --help)");
            return BAD_USAGE;
        });
        return commandLine;
    }

    public static void main(String[] args) {
        Main main = new Main();
        int exitCode = commandLine(main).execute(args);
        if (!main.windowOpening) {
            System.exit(exitCode);   // --help, --version or a bad option; otherwise the window decides
        }
    }

    @Override
    public Integer call() {
        if (port < 1 || port > 65535) {
            return fail(BAD_USAGE, "--port must be 1-65535, was " + port);
        }
        if (host.isBlank()) {
            return fail(BAD_USAGE, "--host is empty");
        }
        if (servers != null) {
            ParseResult given = spec.commandLine().getParseResult();
            if (given.hasMatchedOption("--host") || given.hasMatchedOption("--port")) {
                return fail(BAD_USAGE, "--servers names each server with its port; "
                        + "give either --servers or --host/--port, not both");
            }
        }
        try {
            options = servers != null ? Checkout.options(servers) : Checkout.options(host, port);
        } catch (IllegalArgumentException e) {
            return fail(BAD_USAGE, "--servers: " + e.getMessage());
        }
        Optional<String> certificateTill = Optional.empty();
        if (tls) {
            try {
                Checkout.Tls material = tlsMaterial();
                options = options.withTls(material);
                certificateTill = material.till();
            } catch (IllegalArgumentException e) {
                return fail(1, e.getMessage());
            }
        }
        try {
            till = TillIds.chosen(till, certificateTill, keyStore);
        } catch (IllegalArgumentException e) {
            return fail(BAD_USAGE, "--till: " + e.getMessage());
        }
        if (printer != null) {
            try {
                printerAddress = PrinterAddress.parse(printer);
            } catch (IllegalArgumentException e) {
                return fail(BAD_USAGE, "--printer: " + e.getMessage());
            }
        }
        if (poleDisplay != null) {
            try {
                poleAddress = PoleDisplay.address(poleDisplay);
            } catch (IllegalArgumentException e) {
                return fail(BAD_USAGE, "--pole-display: " + e.getMessage());
            }
        }
        if (receipt != null) {
            return ReceiptDownload.save(options, receipt, receiptFile, spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
        if (GraphicsEnvironment.isHeadless()) {
            return fail(1, "no display to open the window on (set DISPLAY, or run under xvfb-run)");
        }
        windowOpening = true;
        Theme theme = Theme.userTheme();
        onEdt(theme::install);
        Connector connector = Connector.rmi(options);
        LocalServer local = null;
        if (!LocalServerOffer.anyAnswers(options) && onEdt(() -> LocalServerOffer.ask(null, options.address(), store))) {
            try {
                local = LocalServer.start(options.servers().get(0).port(), store);
                connector = local.connector();
            } catch (IOException | IllegalArgumentException e) {
                onEdt(() -> {
                    LocalServerOffer.tellFailed(null, e.getMessage(), options.address());
                    return null;
                });
            }
        }
        Connector chosen = connector;
        LocalServer running = local;
        SwingUtilities.invokeLater(() -> openWindow(theme, chosen, running));
        return 0;
    }

    /** @param local the server run inside this till, stopped when the window closes; or null */
    private void openWindow(Theme theme, Connector connector, LocalServer local) {
        Till model = new Till(connector, SwingUtilities::invokeLater);
        TillWindow window = new TillWindow(model, theme);
        ClerkDesk desk = ClerkDesk.attach(window, model, new SignIns(model.link(), till));
        CustomerDisplay display = CustomerDisplay.attach(window, model);
        if (printerAddress != null) {
            TillPrinting printing = TillPrinting.attach(model, new ReceiptPrinter(printerAddress, PRINTER_TIMEOUT),
                    SwingUtilities::invokeLater, new PrintChoice(PrintChoice.userNode(), till));
            PrinterMenu.attach(window, printing);
            desk.drawerOpened(printing::drawerOpened);
            desk.reportMade(printing::reportMade);
        }
        if (poleAddress != null) {
            PoleDisplay.attach(model, poleAddress, PRINTER_TIMEOUT, SwingUtilities::invokeLater);
        }
        window.frame().addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                if (local != null) {
                    local.close();
                }
                System.exit(0);
            }
        });
        window.show();
        if (customerDisplay) {
            display.open();
        }
    }

    private static void onEdt(Runnable work) {
        onEdt(() -> {
            work.run();
            return null;
        });
    }

    private static <T> T onEdt(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        try {
            SwingUtilities.invokeAndWait(task);
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the window", e);
        } catch (InvocationTargetException | ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Says {@code run-client.sh: message} in one line and answers {@code exitCode}. */
    private int fail(int exitCode, String message) {
        spec.commandLine().getErr().println(NAME + ": " + message);
        return exitCode;
    }

    /** The TLS material, read now so that a wrong path or password stops the launcher at once. */
    private Checkout.Tls tlsMaterial() {
        Checkout.Tls material = Checkout.Tls.of(keyStore, trustStore);
        try {
            material.sslContext();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage()
                    + " (make development stores with scripts/make-dev-certs.sh)", e);
        }
        return material;
    }
}
