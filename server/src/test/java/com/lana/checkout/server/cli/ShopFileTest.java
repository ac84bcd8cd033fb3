package com.lana.checkout.server.cli;

import com.lana.checkout.api.Shop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The shop heading the receipts, read from a shop file or from a catalog file's {@code shop} object. */
class ShopFileTest {

    private static final String SHOP = "{ \"name\": \"Lana Barcelona\", \"address\": [\"Carrer de Mallorca 401\", "
            + "\"08013 Barcelona\"], \"vatNumber\": \"ESB12345678\" }";

    @TempDir
    Path dir;

    @Test
    void aShopFileNamesTheShopItsAddressAndVatNumber() throws Exception {
        Path file = Files.writeString(dir.resolve("shop.json"), SHOP);

        assertThat(ShopFile.read(file)).isEqualTo(new Shop("Lana Barcelona",
                List.of("Carrer de Mallorca 401", "08013 Barcelona"), "ESB12345678"));
    }

    @Test
    void aCatalogFileMayCarryTheShop() throws Exception {
        Path file = Files.writeString(dir.resolve("catalog.json"), "{ \"products\": [], \"promotions\": [], "
                + "\"shop\": " + SHOP + " }");

        assertThat(ShopFile.inCatalog(file)).extracting(Shop::vatNumber).isEqualTo("ESB12345678");
        assertThat(ShopFile.read(file)).extracting(Shop::name).isEqualTo("Lana Barcelona");
    }

    @Test
    void aCatalogFileWithoutAShopHasNone() throws Exception {
        Path json = Files.writeString(dir.resolve("catalog.json"), "{ \"products\": [], \"promotions\": [] }");
        Path csv = Files.writeString(dir.resolve("catalog.csv"), "code,name,price,vat\n");

        assertThat(ShopFile.inCatalog(json)).isNull();
        assertThat(ShopFile.inCatalog(csv)).isNull();
    }

    @Test
    void aMisspeltFieldIsAnErrorNotLeftOut() throws IOException {
        Path file = Files.writeString(dir.resolve("shop.json"), SHOP.replace("vatNumber", "vatnumber"));

        assertThatExceptionOfType(ShopFile.InvalidShopException.class).isThrownBy(() -> ShopFile.read(file))
                .withMessageStartingWith("Shop file " + file + ": ").withMessageContaining("vatnumber");
    }

    @Test
    void anAddressLineTooLongForTheReceiptIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("shop.json"), SHOP.replace("08013 Barcelona", "x".repeat(43)));

        assertThatExceptionOfType(ShopFile.InvalidShopException.class).isThrownBy(() -> ShopFile.read(file))
                .withMessageContaining("Address line").withMessageContaining("42");
    }

    @Test
    void aFileThatIsNotJsonIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("shop.json"), "name = Lana");

        assertThatExceptionOfType(ShopFile.InvalidShopException.class).isThrownBy(() -> ShopFile.read(file))
                .withMessageStartingWith("Shop file " + file + ": not JSON");
    }
}
