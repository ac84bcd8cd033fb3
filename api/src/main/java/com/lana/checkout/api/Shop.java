package com.lana.checkout.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The shop a receipt is from, as its header prints it: the name, the address lines and the VAT
 * number, which an EU receipt must carry. Immutable.
 *
 * @param name the shop's trading name
 * @param address the address, one printed row per entry
 * @param vatNumber the shop's VAT identification number
 */
public record Shop(String name, List<String> address, String vatNumber) implements Serializable {

    /** The longest name, address line or VAT number: what fits on one row of the printed receipt. */
    public static final int MAX_LENGTH = Sale.RECEIPT_WIDTH;

    /** The most address lines. */
    public static final int MAX_ADDRESS_LINES = 4;

    /** A shop for development and tests, plainly not a real one; a real shop gives the server its own. */
    public static final Shop DEVELOPMENT = new Shop("Lana", List.of("Development till, not a shop",
            "Give the server --shop FILE"), "XX000000000");

    public Shop {
        name = text(name, "Shop name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Shop name is missing");
        }
        Objects.requireNonNull(address, "Shop address");
        if (address.size() > MAX_ADDRESS_LINES) {
            throw new IllegalArgumentException("A shop's address has at most " + MAX_ADDRESS_LINES + " lines, not "
                    + address.size());
        }
        address = address.stream().map(line -> text(line, "Address line")).toList();
        vatNumber = text(vatNumber, "Shop VAT number");
        if (vatNumber.isEmpty()) {
            throw new IllegalArgumentException("Shop VAT number is missing");
        }
    }

    private static String text(String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_LENGTH || stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " must be one line of at most " + MAX_LENGTH
                    + " characters: '" + Texts.abbreviate(text) + "'");
        }
        return stripped;
    }
}
