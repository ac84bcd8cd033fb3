package com.lana.checkout.server.cli;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Shop;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.server.metrics.MetricsEndpoint;
import com.lana.checkout.server.metrics.ServerMetrics;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.catalog.CatalogUpdate;
import com.lana.checkout.server.catalog.PriceList;
import com.lana.checkout.server.rmi.CheckoutServer;
import com.lana.checkout.server.security.Pepper;
import com.lana.checkout.server.security.Permissions;
import com.lana.checkout.server.security.PinHasher;
import com.lana.checkout.server.security.SignInPolicy;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/** The checkout server's command line: {@code ./run-server.sh --help}. */
@Command(name = "run-server.sh", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        sortOptions = false, usageHelpAutoWidth = true, subcommands = {CatalogCommand.class, ClerksCommand.class},
        description = {"Runs the Lana checkout server: clients (the desktop point of sale, JShell) connect over Java RMI.",
            "Ctrl-C or SIGTERM stops it cleanly."},
        footer = {"", "A database store's catalog, with no server running here (catalog --help):",
            "  run-server.sh catalog import FILE --store URL   FILE becomes the next version",
            "  run-server.sh catalog export FILE --store URL   the current version to FILE",
            "A database store's clerks (clerks --help); a PIN is asked on the terminal, or is stdin's first line:",
            "  run-server.sh clerks add NAME --role clerk|manager --store URL",
            "  run-server.sh clerks list --store URL",
            "  run-server.sh clerks disable NAME --store URL      (or reset-pin NAME: a new PIN, ends a lock)"})
public final class Main implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(Main.class.getName());
    /** The launcher's name, which every complaint starts with. */
    static final String NAME = "run-server.sh";

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "" + CheckoutService.DEFAULT_PORT,
            description = "Port of the RMI registry and of the service (1-65535). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Interface to listen on. Default: ${DEFAULT-VALUE}, this machine only. "
                    + "Use 0.0.0.0 (all interfaces) or a LAN address to serve the shop's terminals.")
    String bind;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Address clients are told to connect to (written into RMI stubs). "
                    + "Default: the --bind address, or this machine's name when bound to all interfaces.")
    String host;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = {"Catalog to put in force: JSON (products and promotions) or CSV (products only, "
                    + "keeping the promotions in force). Without it the store's catalog serves, or the built-in one.",
                "On PostgreSQL, prefer 'catalog import' (see 'catalog --help'): every server serves it within seconds."})
    Path catalogFile;

    @Option(names = "--shop", paramLabel = "FILE",
            description = {"The shop heading the receipts: JSON {\"name\": …, \"address\": [lines], \"vatNumber\": …}, "
                    + "or a catalog file with that object under \"shop\". Without it, the --catalog file's shop, "
                    + "or a development shop that says it is not a real one."})
    Path shopFile;

    @Option(names = "--basket-idle-timeout", paramLabel = "DURATION", defaultValue = "4h",
            converter = DurationConverter.class,
            description = "Baskets unused this long expire, e.g. 30m, 4h, 1d. Default: ${DEFAULT-VALUE}.")
    Duration basketIdleTimeout;

    @Option(names = "--session-idle-timeout", paramLabel = "DURATION", defaultValue = "30m",
            converter = DurationConverter.class,
            description = "A clerk's session unused this long ends: sign in again. Default: ${DEFAULT-VALUE}.")
    Duration sessionIdleTimeout;

    @Option(names = "--void-approval-above", paramLabel = "AMOUNT", defaultValue = "20.00",
            converter = MoneyConverter.class,
            description = "A clerk voiding units worth more than this needs a manager's approval. Default: ${DEFAULT-VALUE}€.")
    Money voidApprovalAbove;

    @Option(names = "--shift-approval-above", paramLabel = "AMOUNT", defaultValue = "5.00",
            converter = MoneyConverter.class,
            description = "A clerk closing a shift whose count is further off than this, over or short, needs a "
                    + "manager's approval. Default: ${DEFAULT-VALUE}€.")
    Money shiftApprovalAbove;

    @Option(names = "--pepper-file", paramLabel = "FILE",
            description = "The PIN pepper, as 'clerks' commands take it: every server and command of one store "
                    + "needs the same. Default: $" + Pepper.VARIABLE + " when set, else ~/.lana/pin-pepper.")
    Path pepperFile;

    @Option(names = "--store", paramLabel = "URL", defaultValue = CheckoutStores.MEMORY,
            description = {"Where baskets and completed sales live. Default: ${DEFAULT-VALUE}, lost when the server stops.",
                "jdbc:h2:file:PATH: durable, embedded (one server).",
                "jdbc:postgresql://HOST:PORT/DB?user=NAME: durable, shared by any number of servers. "
                        + "The password is read from $" + CheckoutStores.PASSWORD_VARIABLE + " (or the URL)."})
    String store;

    @Option(names = "--tls", description = "Require mutual TLS 1.3: clients must present a certificate signed by "
            + "a CA in the trust store. Make development certificates with scripts/make-dev-certs.sh.")
    boolean tls;

    @Option(names = "--keystore", paramLabel = "FILE", defaultValue = "dev-certs/server.p12",
            description = "With --tls: this server's certificate and key, PKCS#12. Default: ${DEFAULT-VALUE}.")
    Path keyStore;

    @Option(names = "--truststore", paramLabel = "FILE", defaultValue = "dev-certs/truststore.p12",
            description = "With --tls: the CA certificates client certificates must be signed by, PKCS#12. "
                    + "Default: ${DEFAULT-VALUE}. Both stores' password is read from $LANA_TLS_PASSWORD "
                    + "(default: changeit, as made by scripts/make-dev-certs.sh).")
    Path trustStore;

    @Option(names = "--metrics", paramLabel = "[HOST:]PORT", converter = ListenAddressConverter.class,
            description = "Serve GET /metrics (Prometheus text) and GET /health (200 or 503, JSON) over HTTP there; "
                    + "a port alone is this machine only (loopback). Default: off. The meters are always "
                    + "published over JMX too, for jconsole.")
    InetSocketAddress metricsAddress;

    @Option(names = "--no-instrumentation", hidden = true,
            description = "No meters at all, not even JMX: for measuring what recording costs (run-bench.sh).")
    boolean noInstrumentation;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$-7s %5$s%6$s%n");
        System.exit(commandLine().execute(args));
    }

    /** The command line as {@link #main} runs it: a bad option is one line on stderr and exit code 2. */
    static CommandLine commandLine() {
        return commandLine(PinInput.system());
    }

    /** The command line, with the {@code clerks} commands reading new PINs from {@code pins}. */
    static CommandLine commandLine(PinInput pins) {
        CommandLine commandLine = Launcher.commandLine(NAME, new Main());
        ((ClerksCommand) commandLine.getSubcommands().get("clerks").getCommand()).pins = pins;
        return commandLine;
    }

    @Override
    public Integer call() {
        if (!Launcher.isPort(port)) {
            return fail(Launcher.badPort(port));
        }
        if (basketIdleTimeout.isZero()) {
            return fail("--basket-idle-timeout must be longer than 0");
        }
        if (sessionIdleTimeout.isZero()) {
            return fail("--session-idle-timeout must be longer than 0");
        }
        Path pepper = pepperFile;
        SignInPolicy signIns = SignInPolicy.defaults().withIdleTimeout(sessionIdleTimeout)
                .withPermissions(new Permissions(voidApprovalAbove, shiftApprovalAbove));
        if (pepper != null) {
            signIns = signIns.withHasher(() -> new PinHasher(Pepper.load(Map.of(), pepper)));
        }
        CatalogUpdate catalog;
        try {
            catalog = catalogFile == null ? null : CatalogFile.update(catalogFile);
        } catch (CatalogFile.InvalidCatalogException e) {
            return fail(e.getMessage());
        }
        Shop shop;
        try {
            Shop inCatalog = shopFile == null && catalogFile != null ? ShopFile.inCatalog(catalogFile) : null;
            shop = shopFile != null ? ShopFile.read(shopFile) : inCatalog != null ? inCatalog : Shop.DEVELOPMENT;
        } catch (ShopFile.InvalidShopException e) {
            return fail(e.getMessage());
        }
        InetAddress bindAddress;
        try {
            bindAddress = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            return fail("--bind " + bind + " is not an address of this machine");
        }
        String advertised = host != null ? host : advertisedHost(bindAddress);
        Checkout.Tls tlsMaterial = null;
        if (tls) {
            try {
                tlsMaterial = Launcher.tls(keyStore, trustStore);
            } catch (IllegalArgumentException e) {
                return fail(e.getMessage());
            }
        }
        CheckoutServer.Options options = new CheckoutServer.Options(
                bindAddress, port, advertised, catalog, basketIdleTimeout, Clock.systemDefaultZone(), tlsMaterial, store)
                .withShop(shop).withSignIns(signIns);
        if (noInstrumentation && metricsAddress != null) {
            return fail("--metrics needs the meters that --no-instrumentation leaves out");
        }
        CountDownLatch stop = new CountDownLatch(1);
        Signals.onTerminate(stop::countDown);
        ServerMetrics metrics = noInstrumentation ? ServerMetrics.none() : ServerMetrics.forProcess(metricsAddress != null);
        CheckoutServer server;
        MetricsEndpoint endpoint = null;
        try {
            server = CheckoutServer.start(options, metrics);
        } catch (IOException | IllegalArgumentException e) {
            metrics.close();
            return fail(e.getMessage());
        }
        if (metricsAddress != null) {
            try {
                endpoint = MetricsEndpoint.start(metricsAddress, metrics);
            } catch (IOException e) {
                server.close();
                metrics.close();
                return fail(e.getMessage());
            }
        }
        String transport = tls ? "mutual TLS" : "plain TCP";
        PriceList inForce = server.catalogInForce();
        LOG.info(() -> String.format("Lana checkout server listening on %s:%d (%s), clients connect to %s:%d; "
                        + "catalog version %d: %d products, %d promotions; baskets in %s, expire after %s unused. Ctrl-C stops.",
                bindAddress.getHostAddress(), server.port(), transport, advertised, server.port(),
                inForce.version(), inForce.size(), inForce.catalog().promotions().size(),
                server.storeDescription(), DurationConverter.format(basketIdleTimeout)));
        if (shop.equals(Shop.DEVELOPMENT)) {
            LOG.info("Receipts are headed by the development shop; give --shop FILE for your shop's name, address "
                    + "and VAT number");
        } else {
            LOG.info(() -> "Receipts are headed by " + shop.name() + ", VAT no. " + shop.vatNumber());
        }
        if (!bindAddress.isLoopbackAddress()) {
            LOG.warning("Serving the network on " + bindAddress.getHostAddress()
                    + ": any machine that reaches this port can use the checkout");
        }
        if (endpoint != null) {
            String at = endpoint.address().getAddress().getHostAddress() + ":" + endpoint.address().getPort();
            LOG.info("Metrics at http://" + at + "/metrics, health at http://" + at + "/health; JMX domain "
                    + ServerMetrics.JMX_DOMAIN);
        }
        awaitUninterruptibly(stop);
        LOG.info("Stopping: finishing calls in flight");
        server.close();
        if (endpoint != null) {
            endpoint.close();
        }
        metrics.close();
        LOG.info("Stopped");
        return 0;
    }

    private int fail(String message) {
        return Launcher.of(NAME, spec.commandLine()).fail(1, message);
    }

    private static String advertisedHost(InetAddress bindAddress) {
        if (!bindAddress.isAnyLocalAddress()) {
            return bindAddress.getHostAddress();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // keep serving until told to stop by a signal
            }
        }
    }

    /** The version written into the jar's manifest by Maven. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"Lana checkout server " + (version == null ? "(development build)" : version),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
