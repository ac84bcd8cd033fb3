package com.lana.checkout.client.ui.display;

import org.junit.jupiter.api.Test;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the customer display opens, for the screens a till may have. */
class DisplayPlacementTest {

    private static final Rectangle LEFT_SCREEN = new Rectangle(0, 0, 1920, 1080);
    private static final Rectangle RIGHT_SCREEN = new Rectangle(1920, 0, 800, 480);
    private static final Dimension SIZE = new Dimension(480, 340);

    @Test
    void fillsTheScreenTheTillIsNotOn() {
        DisplayPlacement placement = DisplayPlacement.of(List.of(LEFT_SCREEN, RIGHT_SCREEN), -1,
                new Rectangle(100, 100, 1024, 700), SIZE);

        assertThat(placement.fullScreen()).isTrue();
        assertThat(placement.screen()).isEqualTo(1);
        assertThat(placement.bounds()).isEqualTo(RIGHT_SCREEN);
    }

    @Test
    void fillsTheFirstScreenWhenTheTillIsOnTheSecond() {
        DisplayPlacement placement = DisplayPlacement.of(List.of(LEFT_SCREEN, RIGHT_SCREEN), -1,
                new Rectangle(1950, 10, 700, 400), SIZE);

        assertThat(placement.screen()).isZero();
        assertThat(placement.bounds()).isEqualTo(LEFT_SCREEN);
    }

    @Test
    void takesTheScreenTheTillIsOnFromItsDeviceWhenScreensOverlap() {
        Rectangle firstX11Screen = new Rectangle(0, 0, 1280, 1024);
        Rectangle secondX11Screen = new Rectangle(0, 0, 800, 480);

        DisplayPlacement placement = DisplayPlacement.of(List.of(firstX11Screen, secondX11Screen), 1,
                new Rectangle(0, 0, 800, 480), SIZE);

        assertThat(placement.screen()).isZero();
        assertThat(placement.bounds()).isEqualTo(firstX11Screen);
    }

    @Test
    void goesRightOfTheTillWhenItsOnlyScreenHasRoomThere() {
        DisplayPlacement placement = DisplayPlacement.of(List.of(LEFT_SCREEN), -1, new Rectangle(100, 50, 1024, 700), SIZE);

        assertThat(placement.fullScreen()).isFalse();
        assertThat(placement.bounds()).isEqualTo(new Rectangle(1124, 50, 480, 340));
    }

    @Test
    void goesLeftOfTheTillWhenOnlyTheLeftHasRoom() {
        DisplayPlacement placement = DisplayPlacement.of(List.of(LEFT_SCREEN), -1, new Rectangle(800, 50, 1024, 700), SIZE);

        assertThat(placement.bounds()).isEqualTo(new Rectangle(320, 50, 480, 340));
    }

    @Test
    void overlapsTheTillsBottomRightCornerOnAScreenTooSmallForBoth() {
        DisplayPlacement placement = DisplayPlacement.of(List.of(new Rectangle(0, 0, 1280, 1024)), -1,
                new Rectangle(128, 162, 1024, 700), SIZE);

        assertThat(placement.bounds()).isEqualTo(new Rectangle(800, 684, 480, 340));
    }
}
