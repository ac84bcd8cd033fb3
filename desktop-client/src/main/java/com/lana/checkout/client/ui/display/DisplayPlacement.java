package com.lana.checkout.client.ui.display;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.List;

/**
 * Where the customer display goes: filling a screen other than the till's when there is one,
 * else beside the till window on its screen (right of it, else left of it, else over its right
 * edge, in the screen's bottom corner, where the till has its parked sales), never past the screen.
 * Immutable.
 *
 * @param screen the index, in the screens given, of the screen it goes on
 * @param bounds its bounds, in the screens' coordinates
 * @param fullScreen whether it fills a screen of its own (then it has no title bar)
 */
record DisplayPlacement(int screen, Rectangle bounds, boolean fullScreen) {

    DisplayPlacement {
        if (screen < 0) {
            throw new IllegalArgumentException("screen must be 0 or more, was " + screen);
        }
        bounds = new Rectangle(bounds);
    }

    @Override
    public Rectangle bounds() {
        return new Rectangle(bounds);
    }

    /**
     * @param screens each screen's bounds, as the graphics environment lists them (at least one)
     * @param tillScreen the index of the screen the till window is on, or -1 to take the one showing
     *     most of it (separate X screens all start at 0,0, so their bounds alone do not tell)
     * @param till the till window's bounds
     * @param size the display's size when it shares the till's screen
     */
    static DisplayPlacement of(List<Rectangle> screens, int tillScreen, Rectangle till, Dimension size) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("no screen to place the customer display on");
        }
        if (tillScreen < -1 || tillScreen >= screens.size()) {
            throw new IllegalArgumentException("tillScreen must be -1 or a screen's index below " + screens.size()
                    + ", was " + tillScreen);
        }
        int tills = tillScreen >= 0 ? tillScreen : showingMost(screens, till);
        for (int i = 0; i < screens.size(); i++) {
            if (i != tills) {
                return new DisplayPlacement(i, screens.get(i), true);
            }
        }
        Rectangle screen = screens.get(tills);
        int width = Math.min(size.width, screen.width);
        int height = Math.min(size.height, screen.height);
        int y = Math.max(screen.y, Math.min(till.y, screen.y + screen.height - height));
        if (till.x + till.width + width <= screen.x + screen.width) {
            return new DisplayPlacement(tills, new Rectangle(till.x + till.width, y, width, height), false);
        }
        if (till.x - width >= screen.x) {
            return new DisplayPlacement(tills, new Rectangle(till.x - width, y, width, height), false);
        }
        Rectangle corner = new Rectangle(screen.x + screen.width - width, screen.y + screen.height - height, width, height);
        return new DisplayPlacement(tills, corner, false);
    }

    /** The screen showing most of the till window; the first when it shows on none. */
    private static int showingMost(List<Rectangle> screens, Rectangle till) {
        int best = 0;
        long most = -1;
        for (int i = 0; i < screens.size(); i++) {
            Rectangle common = screens.get(i).intersection(till);
            long area = common.isEmpty() ? 0 : (long) common.width * common.height;
            if (area > most) {
                best = i;
                most = area;
            }
        }
        return best;
    }
}
