package com.lana.checkout.client.sale;

import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.SaleSummary;
import com.lana.checkout.client.link.ServerLink;
import com.lana.checkout.client.refund.RefundSender;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The completed sales the server keeps and their refunds: a day's journal and report, one sale's
 * receipt, a receipt's PDF saved to a file, and the {@link RefundSender} that sends the refunds this
 * till makes. Every call runs off the EDT through the {@link ServerLink}; answers come back on the
 * UI thread. Use on the UI thread.
 */
public final class CompletedSales {

    /**
     * A day's journal and its report, read together.
     *
     * @param sales the sales completed that day, in number order
     * @param refunds the refunds made that day, in number order
     */
    public record Day(LocalDate day, List<SaleSummary> sales, List<Refund> refunds, DayReport report) {
        public Day {
            Objects.requireNonNull(day, "day");
            sales = List.copyOf(sales);
            refunds = List.copyOf(refunds);
            Objects.requireNonNull(report, "report");
        }
    }

    /** An answer, or why there is none, for the clerk; told on the UI thread. */
    public interface Answer<T> {
        void answered(T result);

        void failed(String message);
    }

    private final ServerLink link;
    private final RefundSender refunds;

    CompletedSales(ServerLink link) {
        this.link = Objects.requireNonNull(link, "link");
        this.refunds = new RefundSender(link);
    }

    /** Sends the refunds the clerk confirms, and holds them while the server does not answer. */
    public RefundSender refunds() {
        return refunds;
    }

    /** The sales completed and the refunds made on {@code day}, in number order, and the day's report. */
    public void day(LocalDate day, Answer<Day> answer) {
        link.call(false, service -> new Day(day, service.sales(day), service.refunds(day), service.dayReport(day)),
                reply(answer, "The journal could not be read"));
    }

    /** One completed sale, with its receipt. */
    public void sale(SaleNumber number, Answer<Sale> answer) {
        link.call(false, service -> service.sale(number), reply(answer, "Sale " + number + " could not be read"));
    }

    /** Asks the server for the sale's PDF receipt and writes it to {@code file}, both off the EDT. */
    public void savePdf(SaleNumber number, Path file, Answer<Path> answer) {
        link.call(false, service -> write(service.receiptPdf(number), file),
                reply(answer, "The receipt of " + number + " was not saved"));
    }

    /** Asks the server for the refund's PDF receipt and writes it to {@code file}, both off the EDT. */
    public void savePdf(RefundNumber number, Path file, Answer<Path> answer) {
        link.call(false, service -> write(service.refundPdf(number), file),
                reply(answer, "The receipt of " + number + " was not saved"));
    }

    /** Writes the PDF; on the call thread. */
    private static Path write(byte[] pdf, Path file) {
        try {
            Files.write(file, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private static <T> ServerLink.Reply<T> reply(Answer<T> answer, String notDone) {
        return new ServerLink.Reply<>() {
            @Override
            public void answered(T result) {
                answer.answered(result);
            }

            @Override
            public void refused(CheckoutException e) {
                answer.failed(notDone + ": " + e.getMessage());
            }

            @Override
            public void failed(Exception e) {
                answer.failed(notDone + ": " + (e instanceof UncheckedIOException io ? io.getMessage()
                        : "no answer from the server, try again once it answers"));
            }
        };
    }
}
