package com.lana.checkout.client.sale;

import java.util.Objects;

/** A short message for the clerk, shown under the scan field; an error one beeps. Immutable. */
public record Notice(boolean error, String text) {

    public Notice {
        Objects.requireNonNull(text, "text");
    }

    public static Notice info(String text) {
        return new Notice(false, text);
    }

    public static Notice error(String text) {
        return new Notice(true, text);
    }
}
