package org.csh.reconciler.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.convert.ConversionException;
import org.springframework.core.env.Environment;

/**
 * The SMTP server of {@code spring.mail.*} as the start-up check sees it, so that a run which is to email BD learns
 * before fetching, not in its {@code notify} step, that no server is named or that the named one cannot be reached.
 */
public record MailServer(Optional<String> host, Optional<String> port, String protocol, boolean fromJndi) {

    /** Long enough for a server on the same network, short enough that a start-up never hangs on it. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    public static MailServer of(Environment environment) {
        return new MailServer(setting(environment, "spring.mail.host"), setting(environment, "spring.mail.port"),
                setting(environment, "spring.mail.protocol").orElse("smtp"),
                setting(environment, "spring.mail.jndi-name").isPresent());
    }

    /** What is wrong without connecting: no server named, an example name, a port that is no port. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (fromJndi) {
            return problems;
        }
        if (host.isEmpty()) {
            problems.add("csh.mail.enabled is true but spring.mail.host is not set: name the SMTP server"
                    + " (spring.mail.host, or SPRING_MAIL_HOST), or run with --no-email");
        } else if (ShippedExamples.isExampleHost(host.get())) {
            problems.add("spring.mail.host: " + host.get() + " is the shipped example: replace the example value with"
                    + " your SMTP server, or run with --no-email");
        }
        if (port.isPresent() && portNumber().isEmpty()) {
            problems.add("spring.mail.port '" + port.get() + "' is not a port number (1 to 65535)");
        }
        return problems;
    }

    /** One TCP connection with a short timeout; the reason, when the server cannot be reached. */
    Optional<String> unreachable() {
        if (fromJndi || host.isEmpty()) {
            return Optional.empty();
        }
        int portNumber = portNumber().orElse(defaultPort());
        String address = host.get() + ":" + portNumber;
        String advice = ": check spring.mail.host and spring.mail.port, or run with --no-email";
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host.get(), portNumber), (int) CONNECT_TIMEOUT.toMillis());
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("the SMTP server " + host.get() + " is not a known host name" + advice);
        } catch (SocketTimeoutException e) {
            return Optional.of("the SMTP server " + address + " did not answer within " + CONNECT_TIMEOUT.toSeconds()
                    + " s" + advice);
        } catch (IOException e) {
            return Optional.of("cannot connect to the SMTP server " + address + " (" + e.getMessage() + ")" + advice);
        }
    }

    /** {@code spring.mail.port}, else JavaMail's default for the protocol; empty when it is no port number. */
    private Optional<Integer> portNumber() {
        if (port.isEmpty()) {
            return Optional.of(defaultPort());
        }
        try {
            return Optional.of(Integer.parseInt(port.get())).filter(n -> n > 0 && n <= 65535);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private int defaultPort() {
        return "smtps".equalsIgnoreCase(protocol) ? 465 : 25;
    }

    private static Optional<String> setting(Environment environment, String name) {
        try {
            return Optional.ofNullable(environment.getProperty(name)).map(String::strip).filter(v -> !v.isEmpty());
        } catch (ConversionException e) {
            return Optional.empty();
        }
    }
}
