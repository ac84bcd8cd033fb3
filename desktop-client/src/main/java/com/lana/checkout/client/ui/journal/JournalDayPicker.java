package com.lana.checkout.client.ui.journal;

import com.lana.checkout.client.ui.parts.Shortcuts;

import com.formdev.flatlaf.FlatClientProperties;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRootPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Which day the journal shows: the day before and after (Alt+← / Alt+→, or the buttons), today
 * (Alt+Home), or a date typed into its field (Alt+D goes there) and Enter. Days after today are
 * refused: no sale can be on them. Use on the EDT.
 */
public final class JournalDayPicker extends JPanel {

    public static final String DATE = "journalDate";
    public static final String PREVIOUS = "journalPreviousDay";
    public static final String NEXT = "journalNextDay";

    static final KeyStroke PREVIOUS_KEY = KeyStroke.getKeyStroke(KeyEvent.VK_LEFT, InputEvent.ALT_DOWN_MASK);
    static final KeyStroke NEXT_KEY = KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT, InputEvent.ALT_DOWN_MASK);
    static final KeyStroke TODAY_KEY = KeyStroke.getKeyStroke(KeyEvent.VK_HOME, InputEvent.ALT_DOWN_MASK);

    /** What the field reads: ISO first (what it shows), then the day-first forms clerks type. */
    private static final List<DateTimeFormatter> FORMS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"));

    /** Told on the EDT. */
    interface Listener {
        /** The clerk chose {@code day}: read its journal. */
        void chosen(LocalDate day);

        /** The clerk's choice was refused; the message says why. */
        void refused(String why);
    }

    private final Supplier<LocalDate> today;
    private final Listener listener;
    private final JTextField field = new JTextField(10);
    private LocalDate day;

    JournalDayPicker(Supplier<LocalDate> today, Listener listener) {
        super(new MigLayout(
                "insets 0",                  // layout: no margin of its own
                "[][][][]",                  // columns: previous | caption | date field | next
                "[]"));                      // rows: one
        this.today = Objects.requireNonNull(today, "today");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.day = today.get();
        JButton previous = Shortcuts.button("◀ Previous day  " + Shortcuts.text(PREVIOUS_KEY), PREVIOUS, this::previous);
        JButton next = Shortcuts.button("Next day  " + Shortcuts.text(NEXT_KEY) + " ▶", NEXT, this::next);
        previous.setFocusable(false);
        next.setFocusable(false);
        field.setName(DATE);
        field.setText(day.toString());
        field.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "2026-11-26");
        field.setToolTipText("Type a date (2026-11-26 or 26.11.2026) and press Enter; "
                + Shortcuts.text(TODAY_KEY) + " goes back to today");
        field.addActionListener(e -> typed());
        JLabel caption = new JLabel("Day");
        caption.setDisplayedMnemonic(KeyEvent.VK_D);
        caption.setLabelFor(field);
        add(previous);
        add(caption);
        add(field);
        add(next);
    }

    /** Binds the day keys anywhere in the window of {@code root}. */
    void bindKeys(JRootPane root) {
        Shortcuts.bindInWindow(root, PREVIOUS_KEY, "previousDay", this::previous);
        Shortcuts.bindInWindow(root, NEXT_KEY, "nextDay", this::next);
        Shortcuts.bindInWindow(root, TODAY_KEY, "today", () -> choose(today.get()));
    }

    /** The day chosen: today until the clerk picks another. */
    LocalDate day() {
        return day;
    }

    /** "Tuesday 2026-11-25 (yesterday)": the day as headings name it. */
    String describe(LocalDate shown) {
        long back = today.get().toEpochDay() - shown.toEpochDay();
        return shown.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + shown
                + (back == 0 ? " (today)" : back == 1 ? " (yesterday)" : "");
    }

    private void previous() {
        choose(day.minusDays(1));
    }

    private void next() {
        choose(day.plusDays(1));
    }

    private void typed() {
        String text = field.getText().strip();
        for (DateTimeFormatter form : FORMS) {
            try {
                choose(LocalDate.parse(text, form));
                return;
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        field.selectAll();
        listener.refused("'" + (text.length() > 20 ? text.substring(0, 20) + "…" : text)
                + "' is not a date: type it as " + today.get() + " (or " + today.get().format(FORMS.get(1)) + ")");
    }

    private void choose(LocalDate wanted) {
        LocalDate now = today.get();
        if (wanted.isAfter(now)) {
            field.setText(day.toString());
            listener.refused("No sales after today (" + now + "): the journal shows " + describe(day));
            return;
        }
        day = wanted;
        field.setText(day.toString());
        listener.chosen(day);
    }
}
