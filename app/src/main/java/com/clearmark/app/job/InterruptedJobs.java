package com.clearmark.app.job;

import com.clearmark.app.ClearmarkProperties;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the server takes requests: marks the jobs a previous run left unfinished as
 * interrupted, saying what each kept, and removes the uploads those runs left behind.
 */
@Component
public class InterruptedJobs implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(InterruptedJobs.class);
  private final Jobs jobs;
  private final ClearmarkProperties properties;
  private volatile List<Jobs.Interrupted> found = List.of();

  InterruptedJobs(Jobs jobs, ClearmarkProperties properties) {
    this.jobs = jobs;
    this.properties = properties;
  }

  @Override
  public void afterSingletonsInstantiated() {
    found = jobs.markInterrupted();
    if (!found.isEmpty()) {
      log.warn(
          "{} jobs were cut short by the last shutdown and are marked interrupted", found.size());
    }
    removeLeftUploads();
  }

  /** The jobs this start found cut short, as they are now recorded. */
  public List<Jobs.Interrupted> found() {
    return found;
  }

  /**
   * Uploads live only as long as their job runs in this process, so any file older than the process
   * belongs to a run that stopped without deleting it. The file's own time is compared with the
   * process's start on the system clock, which is what the file system uses.
   */
  private void removeLeftUploads() {
    Path dir = properties.uploads();
    if (!Files.isDirectory(dir)) {
      return;
    }
    long started = ManagementFactory.getRuntimeMXBean().getStartTime();
    int removed = 0;
    long bytes = 0;
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)
            || !(name.endsWith(".upload") || name.endsWith(".upload.part"))
            || Files.getLastModifiedTime(file).toMillis() >= started) {
          continue;
        }
        long size = Files.size(file);
        if (Files.deleteIfExists(file)) {
          removed++;
          bytes += size;
        }
      }
    } catch (IOException e) {
      log.warn("could not clear the uploads left in {}", dir, e);
    }
    if (removed > 0) {
      log.warn(
          "removed {} uploads ({} bytes) left by jobs the last shutdown cut short", removed, bytes);
    }
  }
}
