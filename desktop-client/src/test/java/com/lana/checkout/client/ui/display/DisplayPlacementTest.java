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
        DisplayPlacement placement = DisplayPlacement.of(List.of(LEFT_SCREEN, RIGHT_SCREEN),
                new Rectangle(100, 100, 1024, 700), SIZE);

        assertThat(placement.fullScreen()).isTrue();
        assertThat(placement.screen()).isEqualTo(1);
        assertThat(placement.bounds()).isEqualTo(RIGHT_SCREEN);
    }

    @Test
    void fillsTheFirstScreenWhenTheTillIsOnTheSecond() {
        DisplayPlacement placement = DisplayPlacement.of(List.of(LEFT_SCREEN, RIGHT_SCREEN),
                new Rectangle(1950, 10, 700, 400), SIZE);

        assertThat(placement.screen()).isZero();
        assertThat(placement.bounds()).isEqualTo(LEFT_SCREEN);
    }

    @Test
    void goesRightOfTheTillWhenItsOnlyScreenHasRoomThere() {
        DisplayPlacement placement = DisplayPlacement.of(List.of(LEFT_SCREEN), new Rectangle(100, 50, 1024, 700), SIZE);

        assertThat(placement.fullScreen()).isFalse();
        assertThat(placement.bounds()).isEqualTo(new Rectangle(1124, 50, 480, 340));
    }

    @Test
    void goesLeftOfTheTillWhenOnlyTheLeftHasRoom() {
        DisplayPlacement placement = DisplayPlacement.of(List.of(LEFT_SCREEN), new Rectangle(800, 50, 1024, 700), SIZE);

        assertThat(placement.bounds()).isEqualTo(new Rectangle(320, 50, 480, 340));
    }

    @Test
    void overlapsTheTillsRightEdgeOnAScreenTooSmallForBoth() {
        DisplayPlacement placement = DisplayPlacement.of(List.of(new Rectangle(0, 0, 1280, 1024)),
                new Rectangle(128, 900, 1024, 700), SIZE);

        assertThat(placement.bounds()).isEqualTo(new Rectangle(800, 684, 480, 340));
    }
}
