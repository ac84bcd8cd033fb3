package com.lana.checkout.server.catalog;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.lana.checkout.api.Barcode;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.ProductCode;
import com.lana.checkout.api.VatRate;
import com.lana.checkout.server.catalog.CatalogFile.InvalidCatalogException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A catalog's products as CSV, the form a spreadsheet saves: a header row, then one product a line.
 *
 * <pre>
 * code,name,price,vat,barcodes,on_sale
 * PEN,Lana Pen,5.00,21,8412345678905|036000291452,true
 * CAFE,"Café, 250 g",3.49,5.5,,
 * </pre>
 *
 * <p>The header names the columns, in any order and of any case: {@code code}, {@code name},
 * {@code price} (euros, {@code 3.49} or {@code 3,49}) and {@code vat} (a percentage, {@code 21} or
 * {@code 5.5}) are required; {@code barcodes} (EAN-13, UPC-A or EAN-8, separated by {@code |}) and
 * {@code on_sale} ({@code true}/{@code false}, {@code yes}/{@code no} or {@code 1}/{@code 0}; empty
 * is true) may be left out, as columns or as values. The file is UTF-8; a value with a comma, a
 * quote or a line break in it is in double quotes ({@code "Café, 250 g"}, {@code "12"" ruler"});
 * spaces around values, blank lines and CRLF line ends are allowed.
 *
 * <p>A CSV carries products only: see {@link CsvUpdate}. The first problem found ends the reading,
 * with one message naming the file, the line, the column (its number and header name) and what is
 * wrong; a duplicate code or barcode names both lines.
 */
final class CatalogCsv {

    /** The columns in the order {@link #write} writes them. */
    static final List<String> COLUMNS = List.of("code", "name", "price", "vat", "barcodes", "on_sale");

    private static final int CODE = 0;
    private static final int NAME = 1;
    private static final int PRICE = 2;
    private static final int VAT = 3;
    private static final int BARCODES = 4;
    private static final int ON_SALE = 5;
    private static final int REQUIRED = 4;

    private static final CsvFactory CSV = CsvFactory.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.TRIM_SPACES)
            // Quotes only the values that need them, so a written file reads like a typed one.
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private static final CsvSchema WRITTEN = CsvSchema.builder().addColumns(COLUMNS, CsvSchema.ColumnType.STRING)
            .setUseHeader(true).build();

    private CatalogCsv() {
    }

    /**
     * The products of a CSV file, each with the line it is on.
     *
     * @param source the file's name, for messages
     * @throws InvalidCatalogException naming the file, line and column of the first problem
     * @throws IOException when the file cannot be read
     */
    static CsvUpdate read(InputStream in, String source) throws InvalidCatalogException, IOException {
        byte[] bytes = in.readAllBytes();
        int lineEnds = 0;
        for (byte b : bytes) {
            lineEnds += b == '\n' ? 1 : 0;
        }
        Rows rows = new Rows(source, lineEnds + 1);
        try (CsvParser parser = CSV.createParser(text(bytes, source))) {
            parser.setSchema(CsvSchema.emptySchema());
            List<String> values = new ArrayList<>(COLUMNS.size());
            int line = 1;
            JsonToken token;
            while ((token = next(parser, rows, line, values.size())) != null) {
                if (token == JsonToken.START_ARRAY) {
                    line = parser.currentLocation().getLineNr();
                } else if (token == JsonToken.VALUE_STRING) {
                    values.add(parser.getText());
                } else if (token == JsonToken.END_ARRAY) {
                    rows.add(line, values);
                    values.clear();
                }
            }
        }
        return rows.update();
    }

    /**
     * The file's text, less a byte order mark: decoded here rather than by the parser, which reads
     * ahead and so could not say on which line a byte that is not UTF-8 is.
     */
    private static char[] text(byte[] bytes, String source) throws InvalidCatalogException {
        CharBuffer text = CharBuffer.allocate(bytes.length);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, text, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new InvalidCatalogException(String.format("Catalog file %s, line %d: byte 0x%02X is not UTF-8 text;"
                    + " save the file as CSV in UTF-8", source, line, bytes[in.position()] & 0xFF), null);
        }
        text.flip();
        if (text.hasRemaining() && text.get(0) == '\uFEFF') {
            text.get();
        }
        char[] chars = new char[text.remaining()];
        text.get(chars);
        return chars;
    }

    private static JsonToken next(CsvParser parser, Rows rows, int line, int column)
            throws InvalidCatalogException, IOException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            String problem = e.getOriginalMessage().startsWith("Missing closing quote")
                    ? "the quote (\") that opens this value is never closed"
                    : e.getOriginalMessage().replaceAll("\\s+", " ").strip();
            throw rows.invalid(line, column, problem, e);
        }
    }

    /**
     * Writes {@code products} as CSV with every column, in the order of {@link #COLUMNS}: what
     * {@link #read} reads back into the same products.
     */
    static void write(List<Product> products, OutputStream out) throws IOException {
        try (CsvGenerator csv = CSV.createGenerator(out, JsonEncoding.UTF8)) {
            csv.setSchema(WRITTEN);
            for (Product product : products) {
                csv.writeStartArray();
                csv.writeString(product.code());
                csv.writeString(product.name());
                csv.writeString(BigDecimal.valueOf(product.price().cents(), 2).toPlainString());
                csv.writeString(product.vat().percent());
                csv.writeString(String.join("|", product.barcodes()));
                csv.writeString(Boolean.toString(product.onSale()));
                csv.writeEndArray();
            }
        }
    }

    /** The rows read so far: the header's columns, the products and the lines their codes and barcodes are on. */
    private static final class Rows {
        private final String source;
        /** For each column of the file, which of {@link #COLUMNS} it is. */
        private int[] columns;
        /** The header's names, as written but for case and spaces. */
        private String[] names;
        private final List<Product> products;
        /** The line each product was read from, at the product's position. */
        private final List<Integer> lines;
        /** Codes and barcodes read so far, each to the position of its product. */
        private final Map<String, Integer> codes;
        private final Map<String, Integer> barcodes;
        /** The VAT rates read so far, by their text: a catalog has a few, on every line. */
        private final Map<String, VatRate> vats = new HashMap<>();

        /**
         * @param expected how many rows there may be, for sizing
         */
        Rows(String source, int expected) {
            this.source = source;
            this.products = new ArrayList<>(expected);
            this.lines = new ArrayList<>(expected);
            this.codes = new HashMap<>(expected * 4 / 3 + 1);
            this.barcodes = new HashMap<>(expected * 4 / 3 + 1);
        }

        void add(int line, List<String> values) throws InvalidCatalogException {
            if (columns == null) {
                header(line, values);
                return;
            }
            if (values.size() > columns.length) {
                throw invalid(line, columns.length, "the header has " + columns.length
                        + " columns, this line more (a value with a comma in it must be in double quotes)", null);
            }
            if (values.size() < columns.length) {
                throw invalid(line, values.size(), "the line ends here; the header has " + columns.length
                        + " columns, this line " + values.size(), null);
            }
            String[] cells = new String[COLUMNS.size()];
            int[] at = new int[COLUMNS.size()];
            Arrays.fill(at, -1);
            for (int i = 0; i < columns.length; i++) {
                cells[columns[i]] = values.get(i);
                at[columns[i]] = i;
            }
            products.add(product(line, cells, at));
            lines.add(line);
        }

        private void header(int line, List<String> values) throws InvalidCatalogException {
            names = values.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toArray(String[]::new);
            columns = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                columns[i] = COLUMNS.indexOf(names[i]);
                if (columns[i] < 0) {
                    throw invalid(line, i, "unknown column '" + names[i] + "'; the columns, separated by commas, are "
                            + String.join(",", COLUMNS), null);
                }
                int first = indexOf(columns, columns[i]);
                if (first < i) {
                    throw invalid(line, i, "column " + names[i] + " is named twice, also as column " + (first + 1),
                            null);
                }
            }
            for (int required = 0; required < REQUIRED; required++) {
                if (indexOf(columns, required) < 0) {
                    throw new InvalidCatalogException("Catalog file " + source + ", line " + line
                            + ": the header has no column " + COLUMNS.get(required) + "; it needs "
                            + String.join(",", COLUMNS.subList(0, REQUIRED)) + " (and may have "
                            + String.join(",", COLUMNS.subList(REQUIRED, COLUMNS.size())) + ")", null);
                }
            }
        }

        private static int indexOf(int[] values, int value) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == value) {
                    return i;
                }
            }
            return -1;
        }

        private Product product(int line, String[] cells, int[] at) throws InvalidCatalogException {
            String code = code(line, cells[CODE], at[CODE]);
            String name = cells[NAME];
            if (name.isBlank() || name.length() > Product.MAX_NAME_LENGTH) {
                throw invalid(line, at[NAME], "a name must be 1-" + Product.MAX_NAME_LENGTH + " characters, "
                        + code + "'s has " + name.length(), null);
            }
            Money price = price(line, cells[PRICE], at[PRICE]);
            VatRate vat = vat(line, cells[VAT], at[VAT]);
            List<String> barcodes = at[BARCODES] < 0 ? List.of() : barcodes(line, code, cells[BARCODES], at[BARCODES]);
            boolean onSale = at[ON_SALE] < 0 || onSale(line, cells[ON_SALE], at[ON_SALE]);
            try {
                return new Product(code, name, price, vat, barcodes, onSale);
            } catch (IllegalArgumentException e) {
                throw invalid(line, at[CODE], e.getMessage(), e);
            }
        }

        private String code(int line, String cell, int column) throws InvalidCatalogException {
            String code;
            try {
                code = ProductCode.normalize(cell);
            } catch (InvalidRequestException e) {
                throw invalid(line, column, e.getMessage(), e);
            }
            if (Barcode.isMisread(code)) {
                throw invalid(line, column, "product code " + code + " has a barcode's length but a wrong check digit;"
                        + " the till would read it as a misread barcode", null);
            }
            Integer twice = codes.putIfAbsent(code, products.size());
            if (twice != null) {
                throw invalid(line, column, "product " + code + " is listed twice, on line " + lines.get(twice)
                        + " and on line " + line, null);
            }
            Integer owner = barcodes.get(code);
            if (owner != null) {
                throw invalid(line, column, "product code " + code + " is a barcode of " + products.get(owner).code()
                        + " on line " + lines.get(owner), null);
            }
            return code;
        }

        private VatRate vat(int line, String cell, int column) throws InvalidCatalogException {
            VatRate vat = vats.get(cell);
            if (vat == null) {
                try {
                    vat = VatRate.parse(cell);
                } catch (IllegalArgumentException e) {
                    throw invalid(line, column, e.getMessage(), e);
                }
                vats.put(cell, vat);
            }
            return vat;
        }

        private Money price(int line, String cell, int column) throws InvalidCatalogException {
            Money price;
            try {
                price = Money.parse(cell.indexOf('.') < 0 ? cell.replace(',', '.') : cell);
            } catch (IllegalArgumentException e) {
                throw invalid(line, column, "price '" + cell + "' is not an amount of euros like 3.49", e);
            }
            if (price.cents() <= 0 || price.compareTo(Product.MAX_PRICE) > 0) {
                throw invalid(line, column, "a price must be 0.01€-" + Product.MAX_PRICE + ", was " + price, null);
            }
            return price;
        }

        private List<String> barcodes(int line, String code, String cell, int column) throws InvalidCatalogException {
            List<String> found = new ArrayList<>(2);
            for (String text : cell.split("\\|")) {
                String written = text.strip();
                if (written.isEmpty()) {
                    continue;
                }
                String barcode;
                try {
                    barcode = Barcode.canonical(written);
                } catch (IllegalArgumentException e) {
                    throw invalid(line, column, e.getMessage(), e);
                }
                if (found.contains(barcode)) {
                    throw invalid(line, column, "product " + code + " lists barcode " + written + " twice", null);
                }
                Integer owner = barcodes.putIfAbsent(barcode, products.size());
                if (owner != null) {
                    throw invalid(line, column, "barcode " + written + " of " + code + " is also on line "
                            + lines.get(owner) + ", of " + products.get(owner).code()
                            + "; a barcode belongs to one product", null);
                }
                Integer other = codes.get(barcode);
                if (other != null && other != products.size()) {
                    throw invalid(line, column, "barcode " + written + " of " + code + " is the code of the product on line "
                            + lines.get(other), null);
                }
                found.add(barcode);
            }
            if (found.size() > Product.MAX_BARCODES) {
                throw invalid(line, column, "product " + code + " has " + found.size() + " barcodes, at most "
                        + Product.MAX_BARCODES, null);
            }
            return found;
        }

        private boolean onSale(int line, String cell, int column) throws InvalidCatalogException {
            switch (cell.toLowerCase(Locale.ROOT)) {
                case "", "true", "yes", "1":
                    return true;
                case "false", "no", "0":
                    return false;
                default:
                    throw invalid(line, column, "on_sale must be true or false (yes/no, 1/0, empty for true), was '"
                            + cell + "'", null);
            }
        }

        CsvUpdate update() throws InvalidCatalogException {
            if (columns == null) {
                throw new InvalidCatalogException("Catalog file " + source + ": is empty", null);
            }
            if (products.isEmpty()) {
                throw new InvalidCatalogException("Catalog file " + source + ": has a header but no products", null);
            }
            int barcodesAt = indexOf(columns, BARCODES);
            return new CsvUpdate(source, products, codes.keySet(), lines.stream().mapToInt(Integer::intValue).toArray(),
                    barcodesAt < 0 ? "" : place(barcodesAt));
        }

        /**
         * @param column the column's position in the line, from 0
         */
        InvalidCatalogException invalid(int line, int column, String problem, Throwable cause) {
            return new InvalidCatalogException("Catalog file " + source + ", line " + line + place(column) + ": "
                    + problem, cause);
        }

        private String place(int column) {
            return ", column " + (column + 1) + (names != null && column < names.length ? " (" + names[column] + ")" : "");
        }
    }
}
