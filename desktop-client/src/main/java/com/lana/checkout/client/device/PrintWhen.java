package com.lana.checkout.client.device;

/** When the till prints a receipt: the clerk's choice, kept per till ({@link PrintChoice}). */
public enum PrintWhen {
    /** Every sale and refund, as soon as it is recorded: the default when a printer is given. */
    EVERY_SALE("Every sale"),
    /** Asks after each sale and refund whether to print it. */
    ASK("Ask"),
    /** Only when asked for, with the reprint key. */
    ON_REQUEST("Only on request");

    private final String caption;

    PrintWhen(String caption) {
        this.caption = caption;
    }

    /** As the menu says it. */
    public String caption() {
        return caption;
    }
}
