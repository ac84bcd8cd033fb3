package com.lana.checkout.client.ui.display;

import com.lana.checkout.client.customer.SaleFollower;
import com.lana.checkout.client.sale.Till;
import com.lana.checkout.client.sale.TillView;
import com.lana.checkout.client.ui.TillWindow;

import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.WindowConstants;
import java.awt.Dimension;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The customer display: a second window, for a screen facing the customer, that follows the till's
 * current sale live ({@link SaleFollower} says what it shows, {@link DisplayPanel} shows it). It
 * goes on a screen of its own when there is a second one, else beside the till window
 * ({@link DisplayPlacement}). It reads the till's state only, calls no server, and never takes the
 * keyboard: the clerk's scan field keeps it. View → Customer display opens and closes it; it closes
 * with the till window. Build and use on the EDT.
 */
public final class CustomerDisplay {

    public static final String WINDOW = "customerDisplay";
    public static final String TOGGLE = "customerDisplayToggle";
    public static final String ITEM = "displayItem";
    public static final String ITEM_PRICE = "displayItemPrice";
    public static final String TOTAL = "displayTotal";
    public static final String TENDERED = "displayTendered";
    public static final String CHANGE = "displayChange";
    public static final String MESSAGE = "displayMessage";

    /** Its size on the till's own screen. */
    static final Dimension BESIDE_SIZE = new Dimension(480, 340);

    private final JFrame till;
    private final Till model;
    private final JCheckBoxMenuItem toggle = new JCheckBoxMenuItem("Customer display");
    private final Till.Listener listener = this::render;
    private JFrame window;
    private DisplayPanel panel;
    private SaleFollower follower;
    private boolean tillClosed;

    private CustomerDisplay(JFrame till, Till model) {
        this.till = Objects.requireNonNull(till, "till");
        this.model = Objects.requireNonNull(model, "model");
    }

    /** Adds the display's item to {@code window}'s View menu; the display itself opens from there, or {@link #open()}. */
    public static CustomerDisplay attach(TillWindow window, Till model) {
        CustomerDisplay display = new CustomerDisplay(window.frame(), model);
        display.toggle.setName(TOGGLE);
        display.toggle.setToolTipText("Show the sale to the customer in a second window, on a second screen if there is one");
        display.toggle.addActionListener(e -> {
            if (display.toggle.isSelected()) {
                display.open();
            } else {
                display.close();
            }
        });
        viewMenu(window.frame().getJMenuBar()).add(display.toggle);
        window.frame().addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                display.tillClosed = true;
                display.close();
            }
        });
        return display;
    }

    /** Opens the display, following the till's current sale; nothing when it is open already or the till closed. */
    public void open() {
        if (window != null || tillClosed) {
            return;
        }
        GraphicsDevice[] devices = GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
        List<Rectangle> screens = Arrays.stream(devices).map(device -> device.getDefaultConfiguration().getBounds()).toList();
        int tillScreen = Arrays.asList(devices).indexOf(till.getGraphicsConfiguration().getDevice());
        DisplayPlacement placement = DisplayPlacement.of(screens, tillScreen, till.getBounds(), BESIDE_SIZE);
        GraphicsConfiguration screen = devices[placement.screen()].getDefaultConfiguration();
        window = new JFrame("Lana — customer display", screen);
        window.setName(WINDOW);
        window.setFocusableWindowState(false);   // the clerk's keyboard stays with the till
        window.setAutoRequestFocus(false);
        window.setUndecorated(placement.fullScreen());
        window.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                close();
            }
        });
        panel = new DisplayPanel();
        follower = new SaleFollower();
        window.setContentPane(panel);
        window.setBounds(placement.bounds());
        model.addListener(listener);
        render();
        window.setVisible(true);
        toggle.setSelected(true);
    }

    /** Closes the display; nothing when it is closed. */
    public void close() {
        toggle.setSelected(false);
        if (window == null) {
            return;
        }
        model.removeListener(listener);
        window.dispose();
        window = null;
        panel = null;
        follower = null;
    }

    public boolean isOpen() {
        return window != null;
    }

    private void render() {
        if (panel != null) {
            panel.show(follower.next(TillView.of(model)));
        }
    }

    private static JMenu viewMenu(JMenuBar bar) {
        for (int i = 0; i < bar.getMenuCount(); i++) {
            JMenu menu = bar.getMenu(i);
            if (menu != null && TillWindow.VIEW_MENU.equals(menu.getName())) {
                return menu;
            }
        }
        throw new IllegalStateException("The till window has no View menu named " + TillWindow.VIEW_MENU);
    }
}
