package com.clearmark.app.notification;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text email through the SMTP server of {@code spring.mail.*}. Email is off while no
 * host is configured: {@code application.properties} maps an unset {@code CLEARMARK_SMTP_HOST} to
 * an empty host, for which Spring Boot still creates a sender that could reach nothing.
 */
@Component
class EmailSender {

  private final ObjectProvider<JavaMailSender> mail;
  private final String host;
  private final NotificationProperties properties;

  EmailSender(
      ObjectProvider<JavaMailSender> mail,
      @Value("${spring.mail.host:}") String host,
      NotificationProperties properties) {
    this.mail = mail;
    this.host = host == null ? "" : host.strip();
    this.properties = properties;
  }

  boolean available() {
    return !host.isEmpty() && mail.getIfAvailable() != null;
  }

  /** The server mail goes through, for the settings page; empty when email is off. */
  String server() {
    return available() ? host : "";
  }

  void send(List<EmailAddress> to, String subject, String text) throws MailException {
    JavaMailSender sender = mail.getIfAvailable();
    if (host.isEmpty() || sender == null) {
      throw new IllegalStateException("email is off: no SMTP server is configured");
    }
    var message = new SimpleMailMessage();
    message.setFrom(properties.from());
    message.setTo(to.stream().map(EmailAddress::value).toArray(String[]::new));
    message.setSubject(subject);
    message.setText(text);
    sender.send(message);
  }
}
