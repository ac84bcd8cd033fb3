package com.lana.checkout.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.lana.checkout.api.Shop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The shop a server's receipts are headed by, read from a JSON file: either a file of its own,
 *
 * <pre>{@code
 * { "name": "Lana Barcelona", "address": ["Carrer de Mallorca 401", "08013 Barcelona"], "vatNumber": "ESB12345678" }
 * }</pre>
 *
 * or a catalog file holding the same object under {@code "shop"}. The api's {@link Shop} checks the
 * values (each at most one receipt row, at most four address lines); an error is one line naming the
 * file and the problem.
 */
final class ShopFile {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ShopFile() {
    }

    /** A shop file could not be read; the message is one line naming the file and the problem. */
    static final class InvalidShopException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidShopException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The shop of {@code file}: the object under {@code "shop"} when it has one, else the whole file. */
    static Shop read(Path file) throws InvalidShopException {
        JsonNode root = tree(file);
        JsonNode shop = root.has("shop") ? root.get("shop") : root;
        return parse(file, shop);
    }

    /** The shop under {@code "shop"} in the JSON {@code file}, or null when it has none or is no JSON file. */
    static Shop inCatalog(Path file) throws InvalidShopException {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return null;
        }
        JsonNode root = tree(file);
        return root.has("shop") ? parse(file, root.get("shop")) : null;
    }

    private static JsonNode tree(Path file) throws InvalidShopException {
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            if (root == null || !root.isObject()) {
                throw new InvalidShopException("Shop file " + file + ": expected a JSON object like {\"name\": \"Lana\", "
                        + "\"address\": [\"Street 1\"], \"vatNumber\": \"ESB12345678\"}", null);
            }
            return root;
        } catch (NoSuchFileException e) {
            throw new InvalidShopException("Shop file " + file + ": no such file", e);
        } catch (JsonProcessingException e) {
            throw new InvalidShopException("Shop file " + file + ": not JSON (" + e.getOriginalMessage()
                    .replaceAll("\\s+", " ") + ")", e);
        } catch (IOException e) {
            throw new InvalidShopException("Shop file " + file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static Shop parse(Path file, JsonNode node) throws InvalidShopException {
        try {
            ShopEntry entry = JSON.treeToValue(node, ShopEntry.class);
            return new Shop(entry.name(), entry.address() == null ? List.of() : entry.address(), entry.vatNumber());
        } catch (JsonProcessingException e) {
            throw new InvalidShopException("Shop file " + file + ": " + e.getOriginalMessage().replaceAll("\\s+", " ")
                    .replaceAll(" \\(class [^)]*\\)", ""), e);
        } catch (IllegalArgumentException e) {
            throw new InvalidShopException("Shop file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file's shop object; unknown fields are errors, so a misspelt one is not silently left out. */
    private record ShopEntry(String name, List<String> address, String vatNumber) {
    }
}
