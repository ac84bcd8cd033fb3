package com.lana.checkout.bench.chainday;

/** What a simulated till asks the server for, each timed on its own. */
enum Operation {
    /** Opening a basket for the next customer. */
    OPEN("open"),
    /** One item scanned: an add of one unit with its own operation id. */
    SCAN("scan"),
    /** The clerk asks for the total. */
    TOTAL("total"),
    /** One unit of a line taken out again. */
    VOID("void"),
    /** Completing the sale with its payment. */
    PAY("pay");

    private final String label;

    Operation(String label) {
        this.label = label;
    }

    /** The name in the tool's lines: {@code scan}, {@code pay}, ... */
    String label() {
        return label;
    }
}
