package com.lana.checkout.client.device;

import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The receipt printer at one {@link PrinterAddress}: sends {@link EscPosJob}s one after the other on
 * its own thread, never the caller's. Each job must be done within the timeout — connecting, writing
 * and, for a network printer, its answer to a status request (DLE EOT 1) sent after the job, which
 * tells a printer that took the bytes from one that never reads them. A job not done in time is
 * failed, and its connection closed so that the thread is free for the next.
 */
public final class ReceiptPrinter implements AutoCloseable {

    /** ESC/POS "transmit printer status" (DLE EOT 1), answered at once by a printer that reads. */
    static final byte[] STATUS_REQUEST = {0x10, 0x04, 0x01};
    /** In the status byte answered: the printer is offline. */
    static final int OFFLINE = 0x08;

    private final PrinterAddress address;
    private final Duration timeout;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(job -> {
        Thread printer = new Thread(job, "receipt-printer");
        printer.setDaemon(true);
        return printer;
    });
    /** The connection of the job being sent, which a timeout or {@link #close()} closes. */
    private volatile AtomicReference<Closeable> current = new AtomicReference<>();

    public ReceiptPrinter(PrinterAddress address, Duration timeout) {
        this.address = Objects.requireNonNull(address, "address");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The printer's timeout must be positive, was " + timeout);
        }
    }

    public PrinterAddress address() {
        return address;
    }

    /**
     * Sends {@code job}; the future completes once the printer took it, or exceptionally with an
     * {@link IOException} saying why not (refused, closed, or no answer within the timeout).
     */
    public CompletableFuture<Void> send(EscPosJob job) {
        Objects.requireNonNull(job, "job");
        CompletableFuture<Void> sent = new CompletableFuture<>();
        thread.execute(() -> {
            AtomicReference<Closeable> open = new AtomicReference<>();   // this job's own connection
            current = open;
            CompletableFuture<Void> timer = new CompletableFuture<Void>().orTimeout(timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            timer.whenComplete((nothing, late) -> {
                if (late instanceof TimeoutException && sent.completeExceptionally(
                        new IOException("no answer from " + address + " within " + timeout.toMillis() + " ms"))) {
                    closeQuietly(open.get());   // frees the thread blocked in a write
                }
            });
            try {
                write(job.bytes(), open);
                sent.complete(null);
            } catch (IOException | RuntimeException e) {
                sent.completeExceptionally(e instanceof IOException ? e : new IOException(e.getMessage(), e));
            } finally {
                timer.complete(null);
                closeQuietly(open.getAndSet(null));
            }
        });
        return sent;
    }

    @Override
    public void close() {
        thread.shutdownNow();
        closeQuietly(current.getAndSet(null));
    }

    private void write(byte[] bytes, AtomicReference<Closeable> open) throws IOException {
        switch (address.kind()) {
            case TCP -> {
                Socket socket = new Socket();
                open.set(socket);
                int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
                socket.connect(new InetSocketAddress(address.target(), address.port()), millis);
                socket.setSoTimeout(millis);
                OutputStream out = socket.getOutputStream();
                out.write(bytes);
                out.write(STATUS_REQUEST);
                out.flush();
                InputStream in = socket.getInputStream();
                int status = in.read();
                if (status < 0) {
                    throw new IOException(address + " closed the connection before the job was done");
                }
                if ((status & OFFLINE) != 0) {
                    throw new IOException(address + " is offline (status " + status + ")");
                }
            }
            case FILE -> {
                FileOutputStream out = new FileOutputStream(address.target(), true);
                open.set(out);
                out.write(bytes);
                out.flush();
            }
            case QUEUE -> printToQueue(bytes);
        }
    }

    private void printToQueue(byte[] bytes) throws IOException {
        for (PrintService service : PrintServiceLookup.lookupPrintServices(null, null)) {
            if (service.getName().equalsIgnoreCase(address.target())) {
                DocPrintJob job = service.createPrintJob();
                try {
                    job.print(new SimpleDoc(bytes, DocFlavor.BYTE_ARRAY.AUTOSENSE, null), null);
                    return;
                } catch (PrintException e) {
                    throw new IOException("print queue " + address.target() + " refused the job: " + e.getMessage(), e);
                }
            }
        }
        throw new IOException("No print queue " + address.target() + " on this machine");
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException e) {
                // closing is all that is left to do with it
            }
        }
    }
}
