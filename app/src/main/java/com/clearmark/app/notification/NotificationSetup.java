package com.clearmark.app.notification;

import org.springframework.stereotype.Service;

/** Whether an organization has said where its notifications go, for the getting-started list. */
@Service
public class NotificationSetup {

  private final Subscriptions subscriptions;

  NotificationSetup(Subscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  /** True once the settings name an email recipient or a webhook. */
  public boolean isSetUp(long organizationId) {
    return subscriptions
        .find(organizationId)
        .filter(s -> !s.recipients().isEmpty() || s.webhookUrl() != null)
        .isPresent();
  }
}
