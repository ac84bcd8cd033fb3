package com.lana.checkout.client;

import java.util.Objects;

/** A short message for the clerk, shown under the scan field; an error one beeps. Immutable. */
record Notice(boolean error, String text) {

    Notice {
        Objects.requireNonNull(text, "text");
    }

    static Notice info(String text) {
        return new Notice(false, text);
    }

    static Notice error(String text) {
        return new Notice(true, text);
    }
}
