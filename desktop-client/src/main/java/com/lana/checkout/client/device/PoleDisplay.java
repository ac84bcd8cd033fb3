package com.lana.checkout.client.device;

import com.lana.checkout.client.customer.CustomerView;
import com.lana.checkout.client.customer.SaleFollower;
import com.lana.checkout.client.sale.Notice;
import com.lana.checkout.client.sale.Till;
import com.lana.checkout.client.sale.TillView;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A 2×20 pole display facing the customer, on the network, driven with ESC/POS display commands: the
 * two lines of what the customer display window shows ({@link #lines}) — the item scanned last and
 * its price over the running TOTAL, or once paid what was handed over and the change. Each change is
 * written over the two lines in place (no flicker of a clear), in code page PC858 so that {@code €}
 * shows. Writing runs on a thread of its own over one connection, never the till's; only the latest
 * lines are sent, so a display that is slow or away never holds up the till. The lines are written
 * again every {@link #REFRESH} as well: a display switched off and on, or a connection that broke
 * after its last write, shows the sale as it is now within that time.
 */
public final class PoleDisplay implements AutoCloseable {

    /** The display's width in characters; it has two lines. */
    public static final int WIDTH = 20;
    /** How often the lines are written again when nothing changed. */
    public static final Duration REFRESH = Duration.ofSeconds(3);
    static final byte ESC = 0x1B;
    /** US $ x y: moves the cursor to column x, line y (from 1). */
    static final byte US = 0x1F;
    /** ESC t 19: character code table PC858, which has the euro sign (as 0xD5). */
    static final int PC858 = 19;
    private static final Charset CP858 = Charset.forName("IBM00858");

    private final PrinterAddress address;
    private final Duration timeout;
    private final Consumer<Boolean> answered;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(job -> {
        Thread writer = new Thread(job, "pole-display");
        writer.setDaemon(true);
        return writer;
    });
    /** The lines the display should show; null before the first. */
    private volatile List<String> latest;
    /** A write of {@link #latest} is queued on the writer's thread: another is not needed. */
    private final AtomicBoolean queued = new AtomicBoolean();
    private Socket socket;   // the writer's thread's only

    /**
     * @param address  where the display listens; only {@code tcp://HOST:PORT} (see {@link #address})
     * @param timeout  how long connecting may take
     * @param refresh  how often the lines are written again when nothing changed
     * @param answered told, on the writer's thread, after each write whether the display took it
     */
    public PoleDisplay(PrinterAddress address, Duration timeout, Duration refresh, Consumer<Boolean> answered) {
        this.address = Objects.requireNonNull(address, "address");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.answered = Objects.requireNonNull(answered, "answered");
        if (address.kind() != PrinterAddress.Kind.TCP) {
            throw new IllegalArgumentException("A pole display is reached over the network, tcp://HOST:PORT; was " + address);
        }
        thread.scheduleWithFixedDelay(this::refresh, refresh.toMillis(), refresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The display at {@code given}, {@code tcp://HOST:PORT}; anything else is refused, saying what was given. */
    public static PrinterAddress address(String given) {
        PrinterAddress address = PrinterAddress.parse(given);
        if (address.kind() != PrinterAddress.Kind.TCP) {
            throw new IllegalArgumentException("A pole display is reached over the network, tcp://HOST:PORT; was " + given);
        }
        return address;
    }

    /**
     * Shows {@code model}'s current sale from now on, as the customer display window does; a display
     * that does not answer is said once on the till ({@code ui} is its UI thread), and again only
     * after it answered in between.
     */
    public static PoleDisplay attach(Till model, PrinterAddress address, Duration timeout, Executor ui) {
        boolean[] told = {false};   // the UI thread's
        PoleDisplay display = new PoleDisplay(address, timeout, REFRESH, answered -> ui.execute(() -> {
            if (!answered && !told[0]) {
                model.show(Notice.warning("Pole display at " + address + " not answering; the till sells on"));
            }
            told[0] = !answered;
        }));
        SaleFollower follower = new SaleFollower();
        Till.Listener shown = () -> display.show(lines(follower.next(TillView.of(model))));
        model.addListener(shown);
        shown.salesChanged();
        return display;
    }

    /** The two lines, of {@value #WIDTH} characters each, that show {@code view}. */
    public static List<String> lines(CustomerView view) {
        if (view.paid()) {
            return List.of(spread("Paid", view.tendered()), spread("Change", view.change()));
        }
        if (!view.item().isEmpty()) {
            return List.of(spread(view.item(), view.itemPrice()), spread("TOTAL", view.total()));
        }
        return List.of(centred(view.message()), view.message().isEmpty() ? spread("TOTAL", view.total()) : pad(""));
    }

    /** Shows {@code lines} once the writer is free; lines a newer call replaced before then are never sent. */
    public void show(List<String> lines) {
        latest = List.copyOf(lines);
        if (queued.compareAndSet(false, true)) {
            thread.execute(() -> {
                queued.set(false);
                write(latest);
            });
        }
    }

    private void refresh() {
        List<String> lines = latest;
        if (lines != null && !queued.get()) {
            write(lines);
        }
    }

    /** The bytes that show {@code lines} in place, after the set-up a fresh connection sends first. */
    static byte[] bytes(List<String> lines, boolean fresh) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (fresh) {
            out.writeBytes(new byte[] {ESC, '@', ESC, 't', PC858});   // initialise (clears), then PC858
        }
        for (int line = 0; line < 2; line++) {
            out.writeBytes(new byte[] {US, '$', 1, (byte) (line + 1)});
            out.writeBytes(pad(lines.get(line)).getBytes(CP858));
        }
        return out.toByteArray();
    }

    private void write(List<String> lines) {
        try {
            boolean fresh = socket == null;
            if (fresh) {
                Socket opened = new Socket();
                socket = opened;
                opened.connect(new InetSocketAddress(address.target(), address.port()), (int) timeout.toMillis());
            }
            OutputStream out = socket.getOutputStream();
            out.write(bytes(lines, fresh));
            out.flush();
            answered.accept(true);
        } catch (IOException e) {
            closeSocket();
            answered.accept(false);
        }
    }

    @Override
    public void close() {
        thread.execute(this::closeSocket);   // on the writer's thread, which owns the socket, after what is queued
        thread.shutdown();
    }

    private void closeSocket() {
        Socket open = socket;
        socket = null;
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                // closing is all that is left to do with it
            }
        }
    }

    /** {@code left} and {@code right} on one line, the right one flush right; the left one is cut to fit. */
    static String spread(String left, String right) {
        String shownRight = right.length() > WIDTH ? right.substring(0, WIDTH) : right;
        int room = WIDTH - shownRight.length() - (shownRight.isEmpty() ? 0 : 1);
        String shownLeft = left.length() > room ? left.substring(0, Math.max(0, room)) : left;
        return shownLeft + " ".repeat(WIDTH - shownLeft.length() - shownRight.length()) + shownRight;
    }

    private static String centred(String text) {
        String cut = text.length() > WIDTH ? text.substring(0, WIDTH) : text;
        return pad(" ".repeat((WIDTH - cut.length()) / 2) + cut);
    }

    private static String pad(String text) {
        return text.length() >= WIDTH ? text.substring(0, WIDTH) : text + " ".repeat(WIDTH - text.length());
    }
}
