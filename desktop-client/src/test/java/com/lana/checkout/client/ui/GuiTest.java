package com.lana.checkout.client.ui;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import javax.swing.SwingUtilities;
import javax.swing.ToolTipManager;
import java.awt.Dialog;
import java.awt.GraphicsEnvironment;
import java.awt.Window;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Base of the AssertJ-Swing tests (it has no JUnit 5 runner): checks Swing is only touched on the
 * EDT, creates the robot before any window, and disposes the windows after each test. Without a
 * display the tests fail in CI (a skipped GUI test is not a passing one) and are skipped elsewhere.
 */
public abstract class GuiTest {

    protected Robot robot;

    @BeforeAll
    static void requireDisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            String why = "GUI tests need a display: run them under xvfb-run -a -s "
                    + "\"-screen 0 1280x1024x24 -ardelay 60000 -arinterval 60000\"";
            if (System.getenv("CI") != null) {
                fail(why + " (CI is set, so this is a failure, not a skip)");
            }
            System.err.println("Skipping GUI tests: " + why);
            Assumptions.assumeTrue(false, why);
        }
        FailOnThreadViolationRepaintManager.install();
        // A tooltip that pops up while the robot's pointer rests on a button (a slow machine makes
        // the pause long enough) can take the next click; tests read tooltips without showing them.
        try {
            SwingUtilities.invokeAndWait(() -> ToolTipManager.sharedInstance().setEnabled(false));
        } catch (InterruptedException | java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void createRobot() throws Exception {
        disposeLeftovers();
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(10);   // defaults (60/100 ms) make typing a code take seconds
        robot.settings().eventPostingDelay(10);
    }

    @AfterEach
    void cleanUpRobot() {
        robot.cleanUp();
    }

    /**
     * Closes what an earlier test's window left open after its robot cleaned up (a dialog a late
     * answer opened, say), so that no test runs behind another's modal dialog; each is named on
     * stderr, as the leak is a defect to look at.
     */
    private static void disposeLeftovers() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            for (Window window : Window.getWindows()) {
                if (window.isShowing()) {
                    System.err.println("GuiTest: disposing a window an earlier test left open: "
                            + window.getClass().getSimpleName() + " " + window.getName()
                            + (window instanceof Dialog dialog ? " \"" + dialog.getTitle() + "\"" : ""));
                    window.dispose();
                }
            }
        });
    }
}
