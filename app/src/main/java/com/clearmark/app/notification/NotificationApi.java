package com.clearmark.app.notification;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.web.ApiController;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController
@Tag(
    name = "Notifications",
    description =
        "Email and signed webhooks for new complaints, approaching deadlines, expiring"
            + " authorizations and blocked listings, and the daily digest")
class NotificationApi {

  private final NotificationService service;

  NotificationApi(NotificationService service) {
    this.service = service;
  }

  @GetMapping("/api/v1/notifications/settings")
  @Operation(
      summary =
          "The organization's notification settings; the webhook secret is not shown, and the"
              + " webhook URL only as scheme://host/… to members who are not admins")
  NotificationService.Settings settings(Caller caller) {
    return service.settings(caller);
  }

  @PutMapping("/api/v1/notifications/settings")
  @Operation(
      summary = "Change the notification settings (ADMIN)",
      description =
          "Fields left out keep their value; an empty webhookUrl removes the webhook. When a"
              + " webhook is first set, webhookSecret holds its signing secret: the only time it"
              + " is shown.")
  NotificationService.Saved update(
      Caller caller, @Valid @RequestBody NotificationService.SettingsForm form) {
    return service.update(caller, form);
  }

  record Secret(String webhookSecret) {}

  @PostMapping("/api/v1/notifications/settings/webhook-secret")
  @Operation(summary = "Replace the webhook signing secret (ADMIN); shown once")
  Secret rotate(Caller caller) {
    return new Secret(service.rotateSecret(caller));
  }

  @PostMapping("/api/v1/notifications/test")
  @Operation(summary = "Send a test notification now on every channel set up (ADMIN)")
  Delivery test(Caller caller) {
    return service.sendTest(caller);
  }

  @GetMapping("/api/v1/notifications/deliveries")
  @Operation(summary = "Recent notifications, newest first, with the state of each channel")
  PageOf<Delivery> deliveries(
      Caller caller,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return service.deliveries(caller, PageRequest.of(page, size));
  }

  @PostMapping("/api/v1/notifications/deliveries/{id}/retry")
  @Operation(summary = "Try a failed delivery again at once (ADMIN)")
  Delivery retry(Caller caller, @PathVariable long id) {
    return service.retry(caller, id);
  }
}
