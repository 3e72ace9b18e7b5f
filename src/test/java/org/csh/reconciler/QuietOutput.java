package org.csh.reconciler;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps a passing build quiet: what a test class prints (the console log included, since logback's console appender
 * writes to whatever {@code System.out} is at the time) is held back, and printed only when a test of it fails, so
 * that retries, failed runs and refused connections that tests provoke on purpose no longer look like failures.
 * A test that provokes one asserts on it with Spring Boot's {@code OutputCaptureExtension}, which sees through this.
 * Registered for every Jupiter test by {@code META-INF/services} and {@code junit-platform.properties}.
 */
public final class QuietOutput implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** The build's real console, where the output of a failed test goes. */
    private static final PrintStream REAL_ERR = System.err;

    private final Deque<Held> held = new ArrayDeque<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        hold();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        hold();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        release(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        release(context);
    }

    private void hold() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        held.push(new Held(System.out, System.err, buffer));
        PrintStream into = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(into);
        System.setErr(into);
    }

    private void release(ExtensionContext context) {
        Held last = held.pop();
        System.setOut(last.out());
        System.setErr(last.err());
        if (context.getExecutionException().isPresent() && last.buffer().size() > 0) {
            REAL_ERR.println("---- output of " + context.getDisplayName() + " (held back while it passed) ----");
            REAL_ERR.print(last.buffer().toString(StandardCharsets.UTF_8));
            REAL_ERR.flush();
        }
    }

    /** The streams to put back, and what was printed meanwhile. */
    private record Held(PrintStream out, PrintStream err, ByteArrayOutputStream buffer) {
    }
}
