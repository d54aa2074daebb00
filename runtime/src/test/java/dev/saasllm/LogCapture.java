package dev.saasllm;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures every log line of every level while a test runs ({@code System.Logger} goes to
 * java.util.logging by default): {@code @RegisterExtension final LogCapture log = new LogCapture();}.
 */
public final class LogCapture implements BeforeEachCallback, AfterEachCallback {
    private final List<String> lines = new ArrayList<>();
    private final Logger root = Logger.getLogger("");
    private Level rootLevel;
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            synchronized (lines) {
                lines.add(formatter.format(record));
            }
        }

        @Override public void flush() {}
        @Override public void close() {}
    };

    @Override
    public void beforeEach(ExtensionContext context) {
        rootLevel = root.getLevel();
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        root.setLevel(Level.ALL);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        root.removeHandler(capture);
        root.setLevel(rootLevel);
    }

    /** The lines logged so far, formatted. */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
