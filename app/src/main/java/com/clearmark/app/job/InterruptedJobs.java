package com.clearmark.app.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start-up, marks the jobs a previous run left unfinished as failed. */
@Component
class InterruptedJobs implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InterruptedJobs.class);
  private final Jobs jobs;

  InterruptedJobs(Jobs jobs) {
    this.jobs = jobs;
  }

  @Override
  public void run(ApplicationArguments args) {
    int n = jobs.failInterrupted();
    if (n > 0) {
      log.warn("{} jobs were cut short by the last shutdown and are marked failed", n);
    }
  }
}
