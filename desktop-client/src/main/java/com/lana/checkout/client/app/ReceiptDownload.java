package com.lana.checkout.client.app;

import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.SaleNumber;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.rmi.RemoteException;

/**
 * Saves a completed sale's receipt, as the server renders it to PDF, without opening the window:
 * {@code ./run-client.sh --receipt S-000001 [--out FILE]}.
 */
final class ReceiptDownload {

    private ReceiptDownload() {
    }

    /**
     * Asks the server for the receipt of {@code sale} and writes it to {@code file}, by default
     * {@code S-000001.pdf} in the current folder.
     *
     * @return the exit code: 0 when saved, 1 when the server or the file system failed, 2 when
     *     {@code sale} is not a sale number
     */
    static int save(Checkout.Options options, String sale, Path file, PrintWriter out, PrintWriter err) {
        SaleNumber number;
        try {
            number = SaleNumber.parse(sale);
        } catch (IllegalArgumentException e) {
            err.println("run-client.sh: --receipt: " + e.getMessage());
            return 2;
        }
        Path target = file != null ? file : Path.of(number + ".pdf");
        byte[] pdf;
        try {
            pdf = Checkout.connect(options).receiptPdf(number);
        } catch (CheckoutException | RemoteException e) {
            err.println("run-client.sh: " + e.getMessage());
            return 1;
        }
        try {
            Files.write(target, pdf);
        } catch (IOException e) {
            err.println("run-client.sh: cannot write " + target + " (" + e + ")");
            return 1;
        }
        out.println("Saved the receipt of sale " + number + " to " + target);
        return 0;
    }
}
