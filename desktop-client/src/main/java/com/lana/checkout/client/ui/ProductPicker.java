package com.lana.checkout.client.ui;

import com.lana.checkout.api.Product;
import com.lana.checkout.client.sale.ScanInput;
import com.lana.checkout.client.sale.Till;

import javax.swing.JFrame;
import javax.swing.JTextField;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Ctrl+F and the Find button: the product search, then the product chosen in it added as a scan of
 * its code would be (a large line asks first). What the scan field holds says how: a quantity
 * ({@code 3} or {@code 3*}) is how many the product adds; any other text is what to search for
 * first. The field keeps its text when the clerk goes back without a product. Use on the EDT.
 */
final class ProductPicker {

    private final JFrame frame;
    private final Till model;
    private final JTextField scanField;
    private final TillQuestions questions;

    ProductPicker(JFrame frame, Till model, JTextField scanField, TillQuestions questions) {
        this.frame = Objects.requireNonNull(frame, "frame");
        this.model = Objects.requireNonNull(model, "model");
        this.scanField = Objects.requireNonNull(scanField, "scanField");
        this.questions = Objects.requireNonNull(questions, "questions");
    }

    /** Opens the search; once a product is chosen in it, adds it. */
    void pick() {
        String typed = scanField.getText();
        OptionalInt quantity;
        try {
            quantity = ScanInput.quantityPrefix(typed);
        } catch (ScanInput.InvalidScanException e) {
            model.showProblem(e.getMessage());
            return;
        }
        int units = quantity.orElse(1);
        String query = quantity.isPresent() ? "" : typed.strip();
        Optional<Product> chosen = new ProductSearchDialog(frame, model, query, units).choose();
        scanField.requestFocus();
        chosen.ifPresent(product -> {
            scanField.setText("");
            questions.add(product.code(), units);
        });
    }
}
