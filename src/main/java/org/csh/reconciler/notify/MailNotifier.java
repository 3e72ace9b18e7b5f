package org.csh.reconciler.notify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends the email to BD through the SMTP server of {@code spring.mail.*}: the text and HTML bodies as
 * multipart/alternative, and the workbook attached. A failure to send throws, so the step fails.
 */
public class MailNotifier {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final JavaMailSender sender;
    private final String from;
    private final List<String> to;

    public MailNotifier(JavaMailSender sender, String from, List<String> to) {
        this.sender = sender;
        this.from = from;
        this.to = List.copyOf(to);
    }

    public void send(BdEmail email, Path workbook) {
        if (!Files.isRegularFile(workbook)) {
            throw new MailPreparationException("the workbook to attach, " + workbook + ", does not exist");
        }
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper mail = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
            mail.setFrom(from);
            mail.setTo(to.toArray(String[]::new));
            mail.setSubject(email.subject());
            mail.setText(email.text(), email.html());
            mail.addAttachment(workbook.getFileName().toString(), new FileSystemResource(workbook), XLSX);
        } catch (MessagingException e) {
            throw new MailPreparationException("cannot build the email to BD: " + e.getMessage(), e);
        }
        sender.send(message);
    }

    public List<String> recipients() {
        return to;
    }
}
