package com.lana.checkout.client.ui;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the README's screenshot tool working: it renders the priced sales screen into a PNG. */
class TillScreenshotTest extends GuiTest {

    @Test
    void rendersThePricedSalesScreen() throws Exception {
        Path out = Path.of("target", "sales-screen.png");
        TillScreenshot.render(out);
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isGreaterThan(700);
        assertThat(image.getHeight()).isGreaterThan(500);
    }
}
