package com.lana.checkout.bench;

import com.lana.checkout.api.Barcode;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.VatRate;
import com.lana.checkout.server.catalog.CatalogFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The generated catalog is one a shop could load: valid, unique barcodes and codes, the reference products kept. */
class CatalogGeneratorTest {

    private static Catalog catalog;

    @BeforeAll
    static void generate() {
        catalog = CatalogGenerator.generate(CatalogGenerator.DEFAULT_SIZE);
    }

    @Test
    void itHasTheSizeAsked() {
        assertThat(catalog.products()).hasSize(100_000);
        assertThat(CatalogGenerator.generate(10).products()).hasSize(10);
    }

    @Test
    void everyBarcodeEndsInTheCheckDigitOfItsOtherDigits() {
        List<String> barcodes = catalog.products().stream().flatMap(p -> p.barcodes().stream()).toList();

        List<String> wrong = barcodes.stream().filter(barcode -> !barcode.matches("\\d{13}")
                || barcode.charAt(12) != Barcode.checkDigit(barcode.substring(0, 12))).toList();

        assertThat(barcodes).hasSizeGreaterThan(100_000);
        assertThat(wrong).as("barcodes not of 13 digits ending in their check digit").isEmpty();
    }

    @Test
    void noBarcodeIsAnInStoreOne() {
        assertThat(catalog.products().stream().flatMap(p -> p.barcodes().stream())
                .filter(barcode -> barcode.startsWith("2"))).isEmpty();
    }

    @Test
    void codesAndBarcodesAreUnique() {
        Set<String> codes = catalog.products().stream().map(Product::code).collect(Collectors.toSet());
        List<String> barcodes = catalog.products().stream().flatMap(p -> p.barcodes().stream()).toList();
        Set<String> distinct = new HashSet<>(barcodes);

        assertThat(codes).hasSize(catalog.products().size());
        assertThat(distinct).hasSize(barcodes.size());
        assertThat(codes.stream().filter(distinct::contains)).as("codes that are also barcodes").isEmpty();
    }

    @Test
    void namesAreUniqueAndSomeHaveAccents() {
        List<String> names = catalog.products().stream().map(Product::name).toList();

        assertThat(new HashSet<>(names)).hasSize(names.size());
        assertThat(names.stream().filter(name -> name.contains("Café"))).isNotEmpty();
        assertThat(names.stream().filter(name -> name.contains("Crème"))).isNotEmpty();
        assertThat(names.subList(3, names.size()).stream().filter(name -> name.split(" ").length < 4))
                .as("generated names of fewer than 4 words").isEmpty();
    }

    @Test
    void everyVatRateOfTheIssueIsUsedAndNoOther() {
        Set<VatRate> rates = catalog.products().stream().map(Product::vat).collect(Collectors.toSet());

        assertThat(rates).containsExactlyInAnyOrder(VatRate.of(21), VatRate.of(10), VatRate.of(4),
                VatRate.parse("5.5"), VatRate.of(0));
    }

    @Test
    void someProductsHaveASecondBarcodeAndSomeAreOffSale() {
        assertThat(catalog.products().stream().filter(p -> p.barcodes().size() == 2 && p.barcodes().get(1).startsWith("0")))
                .isNotEmpty();
        assertThat(catalog.products().stream().filter(p -> !p.onSale())).isNotEmpty();
    }

    @Test
    void pricesRunFromCentsToTensOfEuros() {
        assertThat(catalog.products().subList(3, catalog.products().size()).stream()
                .filter(p -> p.price().compareTo(Money.ofMinor(49)) < 0 || p.price().compareTo(Money.ofMinor(8_999)) > 0))
                .as("generated products priced outside 0.49-89.99").isEmpty();
    }

    @Test
    void theReferenceProductsKeepTheirPricesPromotionsAndFavourites() {
        Catalog builtIn = CatalogFile.defaults();

        assertThat(catalog.products().subList(0, 3)).extracting(Product::code, Product::price, Product::vat)
                .containsExactlyElementsOf(builtIn.products().stream()
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.code(), p.price(), p.vat())).toList());
        assertThat(catalog.products().subList(0, 3)).allMatch(p -> p.barcodes().size() == 1 && p.onSale());
        assertThat(catalog.promotions()).isEqualTo(builtIn.promotions());
        assertThat(catalog.favourites()).isEqualTo(builtIn.favourites());
        assertThat(CatalogGenerator.reference().products()).isEqualTo(catalog.products().subList(0, 3));
    }

    @Test
    void theSameSizeAndSeedMakeTheSameCatalogAndAnotherSeedAnother() {
        assertThat(CatalogGenerator.generate(1_000)).isEqualTo(CatalogGenerator.generate(1_000));
        assertThat(CatalogGenerator.generate(1_000, 1)).isNotEqualTo(CatalogGenerator.generate(1_000, 2));
    }

    @Test
    void itLoadsBackFromItsJsonFileAsTheSameCatalog(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.json");

        CatalogFile.write(catalog, file);

        assertThat(CatalogFile.load(file)).isEqualTo(catalog);
    }

    @Test
    void aSizeBelowTheReferenceProductsOrAboveTheLimitIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> CatalogGenerator.generate(2))
                .withMessageContaining("not 2");
        assertThatIllegalArgumentException().isThrownBy(() -> CatalogGenerator.generate(Catalog.MAX_PRODUCTS + 1));
    }
}
