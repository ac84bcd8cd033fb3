package com.lana.checkout.server.security;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Everything the checkout server's loggers write while it is open, at every level, as the lines a
 * console would show (stack traces included). Closing it puts the loggers back as they were.
 */
public final class CapturedLog extends Handler implements AutoCloseable {

    private static final String SERVER = "com.lana.checkout";

    private final Logger logger = Logger.getLogger(SERVER);
    private final Level levelBefore = logger.getLevel();
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();

    public CapturedLog() {
        setLevel(Level.ALL);
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
    }

    /** The messages logged, without their stack traces. */
    public List<String> messages() {
        return records.stream().map(formatter::formatMessage).toList();
    }

    /** Whole records as a console shows them, stack traces included. */
    public String text() {
        StringBuilder text = new StringBuilder();
        records.forEach(record -> text.append(formatter.format(record)));
        return text.toString();
    }

    /** The records logged at {@code level} or above. */
    public List<String> messagesAtLeast(Level level) {
        return records.stream().filter(record -> record.getLevel().intValue() >= level.intValue())
                .map(formatter::formatMessage).toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(levelBefore);
    }
}
