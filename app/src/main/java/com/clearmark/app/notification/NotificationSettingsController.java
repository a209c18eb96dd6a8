package com.clearmark.app.notification;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.PageRequest;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class NotificationSettingsController {

  private final NotificationService service;

  NotificationSettingsController(NotificationService service) {
    this.service = service;
  }

  /**
   * The form as shown: the stored settings, or what was entered when it had errors, with the events
   * ticked. The service checks each address and the webhook URL.
   */
  record Form(String recipients, String webhookUrl, Set<String> events, Boolean digest) {

    Form {
      recipients = recipients == null ? "" : recipients;
      webhookUrl = webhookUrl == null ? "" : webhookUrl;
      events = events == null ? Set.of() : new LinkedHashSet<>(events);
      digest = Boolean.TRUE.equals(digest);
    }

    /** The service's form: the addresses one by one, separated by commas, semicolons or blanks. */
    NotificationService.SettingsForm toSettings() {
      List<String> addresses =
          Arrays.stream(recipients.split("[,;\\s]+")).filter(r -> !r.isBlank()).toList();
      return new NotificationService.SettingsForm(
          addresses, webhookUrl, List.copyOf(events), Boolean.TRUE.equals(digest));
    }
  }

  @GetMapping("/settings/notifications")
  String page(Caller caller, @RequestParam(required = false) Integer page, Model model) {
    var settings = service.settings(caller);
    var form =
        new Form(
            String.join("\n", settings.recipients()),
            settings.webhookUrl() == null ? "" : settings.webhookUrl(),
            settings.events().stream().map(Enum::name).collect(Collectors.toSet()),
            settings.digest());
    return show(caller, page, form, Map.of(), model);
  }

  @PostMapping("/settings/notifications")
  String save(Caller caller, @ModelAttribute Form form, Model model, RedirectAttributes redirect) {
    try {
      var saved = service.update(caller, form.toSettings());
      if (saved.webhookSecret() != null) {
        redirect.addFlashAttribute("newSecret", saved.webhookSecret());
        redirect.addFlashAttribute(
            "message",
            "Notification settings saved. Copy the webhook secret now: it is shown only once.");
      } else {
        redirect.addFlashAttribute("message", "Notification settings saved.");
      }
      return "redirect:/settings/notifications";
    } catch (InvalidInputException e) {
      model.addAttribute("error", "The settings were not saved: correct the fields marked below.");
      return show(caller, null, form, e.fields(), model);
    }
  }

  @PostMapping("/settings/notifications/test")
  String test(Caller caller, RedirectAttributes redirect) {
    try {
      var d = service.sendTest(caller);
      redirect.addFlashAttribute("message", "Test notification sent: " + outcome(d) + ".");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "error", "No test was sent: " + String.join(" ", e.fields().values()) + ".");
    }
    return "redirect:/settings/notifications";
  }

  @PostMapping("/settings/notifications/webhook-secret")
  String rotate(Caller caller, RedirectAttributes redirect) {
    try {
      redirect.addFlashAttribute("newSecret", service.rotateSecret(caller));
      redirect.addFlashAttribute(
          "message",
          "Webhook secret replaced; the old one no longer verifies. Copy the new one now: it is"
              + " shown only once.");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", "Set a webhook URL first.");
    }
    return "redirect:/settings/notifications";
  }

  @PostMapping("/settings/notifications/deliveries/{id}/retry")
  String retry(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
    var d = service.retry(caller, id);
    redirect.addFlashAttribute("message", "Tried again: " + outcome(d) + ".");
    return "redirect:/settings/notifications";
  }

  private String show(
      Caller caller, Integer page, Form form, Map<String, String> errors, Model model) {
    model.addAttribute("nav", "settings");
    model.addAttribute("settings", service.settings(caller));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("isAdmin", caller.can(Role.ADMIN));
    model.addAttribute("emailAvailable", service.emailAvailable());
    model.addAttribute("emailServer", service.emailServer());
    model.addAttribute("choices", EventType.CHOOSABLE);
    model.addAttribute("maxAttempts", Dispatcher.MAX_ATTEMPTS);
    model.addAttribute("deliveries", service.deliveries(caller, PageRequest.of(page, 25)));
    return "notification/settings";
  }

  private static String outcome(Delivery d) {
    return "email " + outcome(d.email()) + ", webhook " + outcome(d.webhook());
  }

  private static String outcome(Delivery.Attempts a) {
    return switch (a.status()) {
      case SENT -> "sent";
      case SKIPPED -> "not set up";
      case PENDING -> "waiting";
      case FAILED -> "failed (" + a.error() + ")";
    };
  }
}
