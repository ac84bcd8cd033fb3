package com.lana.checkout.server.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.PriceBarcode;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Promotion;
import com.lana.checkout.api.VatRate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Catalog files: {@link #update} and {@link #write} take a {@code .json} file as a whole catalog and
 * a {@code .csv} file as products only ({@link CatalogCsv}). This class reads and writes the JSON,
 * whose format is that of the built-in {@code default-catalog.json}:
 *
 * <pre>{@code
 * { "products":   [ { "code": "PEN", "name": "Lana Pen", "price": "5.00", "vat": "21",
 *                     "barcodes": ["8412345678905"], "onSale": true } ],
 *   "promotions": [ { "type": "buy-n-get-m-free", "productCode": "PEN", "buy": 1, "free": 1 },
 *                   { "type": "bulk-percent-off", "productCode": "TSHIRT", "minQuantity": 3, "percent": 25 } ],
 *   "favourites": [ "PEN" ],
 *   "priceBarcodes": [ { "prefix": "2112345", "productCode": "APPLES", "priceDigits": 5 } ] }
 * }</pre>
 *
 * A product's {@code barcodes} (default none) and {@code onSale} (default true) may be left out, as
 * may {@code favourites} (default: the first {@value Catalog#DEFAULT_FAVOURITES} products) and
 * {@code priceBarcodes} (default none). A {@code shop} object (the server's {@code --shop} file's
 * content) may head the receipts; it is no part of the catalog and is read by the server alone. Each product is checked by the api's own records as it is
 * read, so an error names its line; unknown fields, missing fields and illegal values are errors:
 * a catalog that loads is the catalog the file says. Errors are one line naming the file, the place
 * and the problem.
 */
public final class CatalogFile {

    /** The catalog the challenge describes: pens, T-shirts, mugs, 2-for-1 pens, 25% off 3+ T-shirts. */
    public static final String DEFAULT_RESOURCE = "default-catalog.json";

    private static final String FORMATS = ": the name must end in .json (a whole catalog) or .csv (products only)";

    private static final ObjectMapper JSON = JsonMapper.builder()
            // Required fields are marked so on the file's records; the others may be left out.
            .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addMixIn(Promotion.class, PromotionFormat.class)
            .addModule(new SimpleModule().addDeserializer(Money.class, new MoneyFormat())
                    .addSerializer(Money.class, new ToStringSerializerBase(Money.class) {
                        @Override
                        public String valueToString(Object value) {
                            return BigDecimal.valueOf(((Money) value).cents(), 2).toPlainString();
                        }
                    })
                    .addDeserializer(VatRate.class, new VatFormat())
                    .addSerializer(VatRate.class, new ToStringSerializerBase(VatRate.class) {
                        @Override
                        public String valueToString(Object value) {
                            return ((VatRate) value).percent();
                        }
                    }))
            .build();

    private CatalogFile() {
    }

    /** A catalog file could not be read; the message is one line naming file, place and problem. */
    public static final class InvalidCatalogException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidCatalogException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The built-in catalog. */
    public static Catalog defaults() {
        try (InputStream in = CatalogFile.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return read(Objects.requireNonNull(in, DEFAULT_RESOURCE), DEFAULT_RESOURCE);
        } catch (IOException | InvalidCatalogException e) {
            throw new IllegalStateException("The built-in catalog is broken: " + e.getMessage(), e);
        }
    }

    /**
     * What the file at {@code file} puts in force, by its name's ending: a {@code .json} file its
     * whole catalog; a {@code .csv} file ({@link CatalogCsv}) its products, keeping the promotions,
     * favourites and price barcodes of the catalog in force.
     *
     * @throws InvalidCatalogException naming the file, and the line and column of the first problem;
     *     also when the name ends in neither {@code .json} nor {@code .csv}
     */
    public static CatalogUpdate update(Path file) throws InvalidCatalogException {
        if (isCsv(file)) {
            return open(file, in -> CatalogCsv.read(in, file.toString()));
        }
        if (!isJson(file)) {
            throw unknownFormat(file);
        }
        return CatalogUpdate.of(load(file));
    }

    /**
     * Writes {@code catalog} to {@code file} in the format its name ends with, which {@link #update}
     * reads back: a {@code .json} file gets the whole catalog; a {@code .csv} file only the products.
     *
     * @throws IOException when the file cannot be written, or its name ends in neither {@code .json}
     *     nor {@code .csv} (the message says so)
     */
    public static void write(Catalog catalog, Path file) throws IOException {
        if (isCsv(file)) {
            try (OutputStream out = Files.newOutputStream(file)) {
                CatalogCsv.write(catalog.products(), out);
            }
            return;
        }
        if (!isJson(file)) {
            throw new IOException("Catalog file " + file + FORMATS);
        }
        Files.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(CatalogEntry.of(catalog)));
    }

    /**
     * The whole catalog of a JSON file.
     *
     * @throws InvalidCatalogException naming the file, and the line and column of the first problem;
     *     also when the name does not end in {@code .json} (a CSV file is read by {@link #update})
     */
    public static Catalog load(Path file) throws InvalidCatalogException {
        if (isCsv(file)) {
            throw new InvalidCatalogException("Catalog file " + file + ": a CSV file has products only, not a whole"
                    + " catalog", null);
        }
        if (!isJson(file)) {
            throw unknownFormat(file);
        }
        return open(file, in -> read(in, file.toString()));
    }

    private static boolean isJson(Path file) {
        return endsWith(file, ".json");
    }

    private static boolean isCsv(Path file) {
        return endsWith(file, ".csv");
    }

    private static boolean endsWith(Path file, String suffix) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(suffix);
    }

    /** A file of no format this class reads; one that is not there is said to be missing first. */
    private static InvalidCatalogException unknownFormat(Path file) {
        return new InvalidCatalogException("Catalog file " + file + (Files.notExists(file) ? ": no such file" : FORMATS),
                null);
    }

    /** What a file's reader makes of it. */
    @FunctionalInterface
    private interface Reading<T> {
        T read(InputStream in) throws InvalidCatalogException, IOException;
    }

    private static <T> T open(Path file, Reading<T> reading) throws InvalidCatalogException {
        try (InputStream in = Files.newInputStream(file)) {
            return reading.read(in);
        } catch (NoSuchFileException e) {
            throw new InvalidCatalogException("Catalog file " + file + ": no such file", e);
        } catch (IOException e) {
            throw new InvalidCatalogException("Catalog file " + file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static Catalog read(InputStream in, String source) throws InvalidCatalogException, IOException {
        Catalog catalog;
        try {
            CatalogEntry entry = JSON.readValue(in, CatalogEntry.class);
            catalog = entry == null ? null : entry.catalog();
        } catch (JsonProcessingException e) {
            throw new InvalidCatalogException("Catalog file " + source + where(e) + ": " + problem(e), e);
        } catch (IllegalArgumentException e) {
            throw new InvalidCatalogException("Catalog file " + source + ": " + e.getMessage(), e);
        }
        if (catalog == null) {
            throw new InvalidCatalogException("Catalog file " + source + ": is empty", null);
        }
        return catalog;
    }

    private static String where(JsonProcessingException e) {
        StringBuilder where = new StringBuilder();
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            where.append(", line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            where.append(" (at ").append(path(mapping.getPath())).append(')');
        }
        return where.toString();
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Jackson's own message, less the location and path it repeats, and on one line. */
    private static String problem(JsonProcessingException e) {
        Throwable cause = e.getCause();
        String message = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
        return message.replaceAll("\\s+", " ")
                .replaceAll(" \\(class [^)]*\\)", "")
                .replaceAll("\\[Source: [^;]*; (line: \\d+, column: \\d+)]", "$1")
                .strip();
    }

    /** The file's top level. */
    private record CatalogEntry(@JsonProperty(required = true) List<ProductEntry> products,
                                @JsonProperty(required = true) List<Promotion> promotions,
                                List<String> favourites, List<PriceBarcode> priceBarcodes,
                                @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode shop) {
        static CatalogEntry of(Catalog catalog) {
            return new CatalogEntry(catalog.products().stream().map(ProductEntry::of).toList(), catalog.promotions(),
                    catalog.favourites(), catalog.priceBarcodes(), null);
        }

        Catalog catalog() {
            List<Product> list = products.stream().map(ProductEntry::product).toList();
            List<PriceBarcode> rules = priceBarcodes == null ? List.of() : priceBarcodes;
            List<String> shown = favourites != null ? favourites
                    : list.stream().limit(Catalog.DEFAULT_FAVOURITES).map(Product::code).toList();
            return new Catalog(list, promotions, shown, rules);
        }
    }

    /** One product of the file; made into a {@link Product} as it is read, so an error names its line. */
    private record ProductEntry(@JsonProperty(required = true) String code,
                                @JsonProperty(required = true) String name,
                                @JsonProperty(required = true) Money price,
                                @JsonProperty(required = true) VatRate vat,
                                List<String> barcodes, Boolean onSale) {
        ProductEntry {
            product(code, name, price, vat, barcodes, onSale);
        }

        static ProductEntry of(Product product) {
            return new ProductEntry(product.code(), product.name(), product.price(), product.vat(), product.barcodes(),
                    product.onSale());
        }

        Product product() {
            return product(code, name, price, vat, barcodes, onSale);
        }

        private static Product product(String code, String name, Money price, VatRate vat, List<String> barcodes,
                                       Boolean onSale) {
            return new Product(code, name, price, vat, barcodes == null ? List.of() : barcodes,
                    onSale == null || onSale);
        }
    }

    /** A VAT rate is written as a number or as text, {@code 21} or {@code "5.5"}, and read exactly. */
    private static final class VatFormat extends StdScalarDeserializer<VatRate> {
        private static final long serialVersionUID = 1L;

        VatFormat() {
            super(VatRate.class);
        }

        @Override
        public VatRate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.currentToken().isScalarValue()) {
                return (VatRate) context.handleUnexpectedToken(VatRate.class, parser);
            }
            try {
                return VatRate.parse(parser.getText());
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(parser, e.getMessage(), e);   // with the value's line and column
            }
        }
    }

    /** Jackson annotations for the api's promotion records, kept out of the api itself. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Promotion.BuyNGetMFree.class, name = "buy-n-get-m-free"),
        @JsonSubTypes.Type(value = Promotion.BulkPercentOff.class, name = "bulk-percent-off")
    })
    private interface PromotionFormat {
    }

    /** Prices are written as text, {@code "7.50"}, and read by {@link Money#parse}: no binary floating point. */
    private static final class MoneyFormat extends FromStringDeserializer<Money> {
        private static final long serialVersionUID = 1L;

        MoneyFormat() {
            super(Money.class);
        }

        @Override
        protected Money _deserialize(String value, DeserializationContext context) {
            return Money.parse(value);
        }
    }

    /**
     * The rules of {@code catalog} besides its products, its promotions, favourites and price
     * barcodes, as JSON in this file's format, for a store that keeps the products as rows; {@link
     * #fromRulesJson} reads it back.
     */
    public static String rulesJson(Catalog catalog) {
        try {
            return JSON.writeValueAsString(new RulesEntry(catalog.promotions(), catalog.favourites(),
                    catalog.priceBarcodes()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the rules of a catalog: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The catalog of {@code products} under the rules {@link #rulesJson} wrote.
     *
     * @throws IllegalArgumentException when the rules cannot be read, or do not fit the products
     */
    public static Catalog fromRulesJson(List<Product> products, String rulesJson) {
        RulesEntry rules;
        try {
            rules = JSON.readValue(rulesJson, RulesEntry.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Catalog rules" + where(e) + ": " + problem(e), e);
        }
        return new Catalog(products, rules.promotions(), rules.favourites(), rules.priceBarcodes());
    }

    /** A catalog's rules besides its products, all required. */
    private record RulesEntry(@JsonProperty(required = true) List<Promotion> promotions,
                              @JsonProperty(required = true) List<String> favourites,
                              @JsonProperty(required = true) List<PriceBarcode> priceBarcodes) {
    }
}
