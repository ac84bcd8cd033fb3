package com.lana.checkout.client.ui.parts;

import com.lana.checkout.client.sale.Notice;

/** How a notice looks, wherever it is shown: a problem red and bold, a warning amber, information plain. */
public final class NoticeStyle {

    private NoticeStyle() {
    }

    /** The FlatLaf style of a label or text showing the notice; null shows as information. */
    public static String of(Notice notice) {
        if (notice == null) {
            return "foreground: $Lana.info.foreground";
        }
        return switch (notice.kind()) {
            case PROBLEM -> "foreground: $Lana.error.foreground; font: bold";
            case WARNING -> "foreground: $Lana.warning.foreground; font: bold";
            case INFORMATION -> "foreground: $Lana.info.foreground";
        };
    }
}
