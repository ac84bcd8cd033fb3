package com.lana.checkout.api;

/** Small helpers for putting user-supplied text into error messages safely. */
final class Texts {

    private static final int SHOWN = 40;

    private Texts() {
    }

    /**
     * The text as it may appear in a message: at most 40 characters (with the real length said
     * when cut) and control characters escaped, so a 10,000-character code cannot flood a log.
     */
    static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(SHOWN).forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        int length = text.codePointCount(0, text.length());
        if (length > SHOWN) {
            out.append("… (").append(length).append(" characters)");
        }
        return out.toString();
    }
}
