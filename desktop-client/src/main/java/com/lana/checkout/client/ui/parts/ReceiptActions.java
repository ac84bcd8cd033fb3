package com.lana.checkout.client.ui.parts;

import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.client.sale.CompletedSales;
import com.lana.checkout.client.sale.Notice;

import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.Window;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What a clerk does with a receipt, a completed sale's or a refund's, from any window: show it, or
 * save it as a PDF file chosen in a file dialog (the server makes the PDF; it is fetched and written
 * off the EDT). Use on the EDT.
 */
public final class ReceiptActions {

    private final CompletedSales records;
    private File folder;

    public ReceiptActions(CompletedSales records) {
        this.records = Objects.requireNonNull(records, "records");
    }

    /** Shows the sale's receipt; Ctrl+P in it saves the PDF, and {@code say} tells how that went. */
    public void show(Window owner, Sale sale, Consumer<Notice> say) {
        new ReceiptDialog(owner, "Receipt " + sale.number(), sale.toString(),
                () -> savePdf(owner, sale.number(), say)).setVisible(true);
    }

    /** Shows the refund's receipt; Ctrl+P in it saves the PDF, and {@code say} tells how that went. */
    public void show(Window owner, Refund refund, Consumer<Notice> say) {
        new ReceiptDialog(owner, "Refund receipt " + refund.number(), refund.toString(),
                () -> savePdf(owner, refund.number(), say)).setVisible(true);
    }

    /** Asks where to save the sale's receipt ({@code S-000003.pdf} by default), then saves it there. */
    public void savePdf(Window owner, SaleNumber number, Consumer<Notice> say) {
        savePdf(owner, number.toString(), say, (file, answer) -> records.savePdf(number, file, answer));
    }

    /** Asks where to save the refund's receipt ({@code R-000001.pdf} by default), then saves it there. */
    void savePdf(Window owner, RefundNumber number, Consumer<Notice> say) {
        savePdf(owner, number.toString(), say, (file, answer) -> records.savePdf(number, file, answer));
    }

    private void savePdf(Window owner, String number, Consumer<Notice> say,
                         BiConsumer<Path, CompletedSales.Answer<Path>> save) {
        chooseFile(owner, number).ifPresent(file -> {
            say.accept(Notice.info("Saving the receipt of " + number + "…"));
            save.accept(file, new CompletedSales.Answer<>() {
                @Override
                public void answered(Path saved) {
                    say.accept(Notice.info("Receipt " + number + " saved as " + saved));
                }

                @Override
                public void failed(String message) {
                    say.accept(Notice.problem(message));
                }
            });
        });
    }

    private Optional<Path> chooseFile(Window owner, String number) {
        JFileChooser chooser = new JFileChooser(folder);
        chooser.setDialogTitle("Save receipt " + number + " as PDF");
        chooser.setFileFilter(new FileNameExtensionFilter("PDF documents", "pdf"));
        chooser.setSelectedFile(new File(chooser.getCurrentDirectory(), number + ".pdf"));
        if (chooser.showSaveDialog(owner) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        folder = chooser.getCurrentDirectory();
        File chosen = chooser.getSelectedFile();
        if (!chosen.getName().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            chosen = new File(chosen.getParentFile(), chosen.getName() + ".pdf");
        }
        if (chosen.exists() && JOptionPane.showConfirmDialog(owner, chosen + " exists. Replace it?", "Save receipt",
                JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE) != JOptionPane.YES_OPTION) {
            return Optional.empty();
        }
        return Optional.of(chosen.toPath());
    }
}
