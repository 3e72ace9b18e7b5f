package org.csh.reconciler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** What the start-up check finds wrong with {@code spring.mail.*} before any email is attempted. */
class MailServerTest {

    @Test
    void noHostIsAProblemUnlessTheSessionComesFromJndi() {
        assertThat(MailServer.of(new MockEnvironment()).problems()).singleElement().asString()
                .startsWith("csh.mail.enabled is true but spring.mail.host is not set");
        assertThat(MailServer.of(new MockEnvironment().withProperty("spring.mail.jndi-name", "mail/Session")).problems())
                .isEmpty();
    }

    @Test
    void anExampleHostIsNamedAsTheShippedExample() {
        MailServer mail = MailServer.of(new MockEnvironment().withProperty("spring.mail.host", "smtp.example.org"));

        assertThat(mail.problems()).singleElement().asString()
                .isEqualTo("spring.mail.host: smtp.example.org is the shipped example: replace the example value with"
                        + " your SMTP server, or run with --no-email");
    }

    @Test
    void aPortThatIsNoPortIsAProblem() {
        MailServer mail = MailServer.of(new MockEnvironment().withProperty("spring.mail.host", "smtp.internal")
                .withProperty("spring.mail.port", "smtp"));

        assertThat(mail.problems()).containsExactly("spring.mail.port 'smtp' is not a port number (1 to 65535)");
    }

    @Test
    void aServerThatAcceptsTheConnectionIsReachable() throws IOException {
        try (ServerSocket smtp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            MailServer mail = MailServer.of(new MockEnvironment().withProperty("spring.mail.host", "127.0.0.1")
                    .withProperty("spring.mail.port", String.valueOf(smtp.getLocalPort())));

            assertThat(mail.problems()).isEmpty();
            assertThat(mail.unreachable()).isEmpty();
        }
    }

    @Test
    void aClosedPortIsUnreachableWithTheAddressAndWhatToCheck() throws IOException {
        int closed;
        try (ServerSocket smtp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = smtp.getLocalPort();
        }
        MailServer mail = MailServer.of(new MockEnvironment().withProperty("spring.mail.host", "127.0.0.1")
                .withProperty("spring.mail.port", String.valueOf(closed)));

        assertThat(mail.unreachable()).get().asString()
                .startsWith("cannot connect to the SMTP server 127.0.0.1:" + closed + " (")
                .endsWith("): check spring.mail.host and spring.mail.port, or run with --no-email");
    }
}
