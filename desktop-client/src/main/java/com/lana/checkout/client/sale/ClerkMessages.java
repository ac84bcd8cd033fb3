package com.lana.checkout.client.sale;

/**
 * The message under the scan field, kept to the action that caused it. Every clerk action takes
 * a new {@link #action() ticket} and replaces the message; an answer arriving later speaks for its
 * own action: its information shows only while no later action has spoken, its warnings and problems always
 * show (an item the server refused must not go unnoticed). Use on the UI thread.
 */
final class ClerkMessages {

    /** Identifies the clerk action a message belongs to. */
    record Ticket(long number) {
    }

    private long lastAction;
    private long shownFor;
    private Notice notice;

    ClerkMessages(Notice first) {
        this.notice = first;
    }

    Notice current() {
        return notice;
    }

    /** Starts a clerk action: the previous action's message goes. */
    Ticket action() {
        lastAction++;
        notice = null;
        shownFor = lastAction;
        return new Ticket(lastAction);
    }

    /** Whether no clerk action was taken after the one of {@code ticket}. */
    boolean isLatest(Ticket ticket) {
        return ticket.number() == lastAction;
    }

    /** A clerk action that says something at once. */
    void say(Notice newNotice) {
        action();
        notice = newNotice;
    }

    /** The outcome of an action, arriving later. */
    void answer(Ticket ticket, Notice newNotice) {
        if (newNotice.standsOut() || ticket.number() >= shownFor) {
            notice = newNotice;
            shownFor = Math.max(shownFor, ticket.number());
        }
    }

    /** News nobody asked for (the connection came back, a sale was lost): shown unless a warning or problem is up. */
    void news(Notice newNotice) {
        if (newNotice.standsOut() || notice == null || !notice.standsOut()) {
            notice = newNotice;
        }
    }
}
