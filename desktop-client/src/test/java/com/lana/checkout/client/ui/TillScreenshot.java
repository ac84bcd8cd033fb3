package com.lana.checkout.client.ui;

import com.lana.checkout.client.link.Connector;
import com.lana.checkout.client.link.ServerLink;
import com.lana.checkout.client.sale.ParkedSalesMemory;
import com.lana.checkout.client.sale.Till;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.rmi.CheckoutServer;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;

/**
 * Renders the sales screen with a priced basket (the 62.50€ reference basket, one sale parked) into
 * a PNG: the README's {@code docs/sales-screen.png}. Run by {@code scripts/sales-screenshot.sh};
 * needs a display (Xvfb will do). Paints the window's root pane, so no window manager is needed.
 */
public final class TillScreenshot {

    private TillScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/sales-screen.png");
        render(out);
        System.out.println("Wrote " + out.toAbsolutePath());
        System.exit(0);
    }

    static void render(Path out) throws Exception {
        Preferences preferences = Preferences.userRoot().node("com/lana/checkout/client/screenshot");
        try (CheckoutServer server = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()))) {
            Theme theme = new Theme(preferences);
            TillWindow window = onEdt(() -> {
                theme.install();
                Till model = new Till(Connector.rmi("127.0.0.1", server.port()), SwingUtilities::invokeLater,
                        ServerLink.Timings.DEFAULT, new ParkedSalesMemory(preferences.node("parked"), "screenshot"));
                TillWindow sales = new TillWindow(model, theme);
                sales.show();
                return sales;
            });
            Till model = onEdt(window::model);
            await(() -> model.connection() == ServerLink.State.CONNECTED && !model.isBusy());
            for (String code : "PEN TSHIRT MUG".split(" ")) {
                onEdt(() -> model.scan(code));
            }
            await(() -> !model.isBusy());
            onEdt(() -> {
                model.park();
                return null;
            });
            for (String code : "PEN TSHIRT PEN PEN MUG TSHIRT TSHIRT".split(" ")) {
                onEdt(() -> model.scan(code));
            }
            await(() -> !model.isBusy() && model.current().receipt() != null
                    && model.current().receipt().total().toString().equals("62.50€"));
            Thread.sleep(300);   // let the last repaint land
            BufferedImage image = onEdt(() -> {
                JRootPane root = window.frame().getRootPane();
                BufferedImage shot = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
                Graphics2D graphics = shot.createGraphics();
                root.paint(graphics);
                graphics.dispose();
                window.frame().dispose();
                return shot;
            });
            Files.createDirectories(out.toAbsolutePath().getParent());
            ImageIO.write(image, "png", out.toFile());
        } finally {
            try {
                preferences.removeNode();
            } catch (BackingStoreException | IllegalStateException e) {
                // a leftover preference node is harmless
            }
        }
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!onEdt(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The sales screen did not settle within 20 s");
            }
            Thread.sleep(50);
        }
    }

    private static <T> T onEdt(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        try {
            SwingUtilities.invokeAndWait(task);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        return task.get();
    }
}
