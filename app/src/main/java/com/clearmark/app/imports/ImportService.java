package com.clearmark.app.imports;

import com.clearmark.app.ClearmarkProperties;
import com.clearmark.app.catalog.CatalogService;
import com.clearmark.app.job.Job;
import com.clearmark.app.job.JobKind;
import com.clearmark.app.job.Jobs;
import com.clearmark.app.patent.PatentRegister;
import com.clearmark.app.registry.RegistryService;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.UploadNames;
import com.clearmark.app.web.Uploads;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Accepts uploaded files and runs them as background jobs. An upload is stored under a generated
 * name in the uploads folder (the name the user gave is only ever shown, never used as a path) and
 * deleted once its job has finished.
 */
@Service
public class ImportService {

  private static final Logger log = LoggerFactory.getLogger(ImportService.class);
  private final Jobs jobs;
  private final CatalogService catalog;
  private final RegistryService registry;
  private final PatentRegister patents;
  private final ClearmarkProperties properties;
  private final ExecutorService workers;

  ImportService(
      Jobs jobs,
      CatalogService catalog,
      RegistryService registry,
      PatentRegister patents,
      ClearmarkProperties properties) {
    this.jobs = jobs;
    this.catalog = catalog;
    this.registry = registry;
    this.patents = patents;
    this.properties = properties;
    var counter = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            2,
            r -> {
              var t = new Thread(r, "import-" + counter.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** An accepted upload: its job, and whether it was a replay of an earlier request. */
  public record Submitted(Job job, boolean replay) {}

  /**
   * Stores an upload and queues its job.
   *
   * @param idempotencyKey when given, a second upload with the same key returns the first job
   *     instead of importing again
   * @param encoding the file's charset name, or blank for UTF-8
   * @param own for a registry or patent import: the marks or patents are the organization's own
   */
  public Submitted submit(
      Caller caller,
      ImportKind kind,
      String originalName,
      InputStream content,
      String encoding,
      boolean own,
      String idempotencyKey) {
    caller.require(kind == ImportKind.CATALOGUE ? Role.REVIEWER : Role.ADMIN);
    String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
    if (key != null && key.length() > FieldLimits.IDEMPOTENCY_KEY) {
      throw new InvalidInputException(
          "Idempotency-Key", "at most " + FieldLimits.IDEMPOTENCY_KEY + " characters");
    }
    if (key != null) {
      var earlier = jobs.byIdempotencyKey(caller.organizationId(), key);
      if (earlier.isPresent()) {
        return new Submitted(earlier.get(), true);
      }
    }
    Charset charset = charset(encoding);
    String name = displayName(originalName);
    Path stored = Uploads.store(properties.uploads(), content);
    long jobId;
    try {
      jobId =
          jobs.create(
              caller.organizationId(),
              switch (kind) {
                case CATALOGUE -> JobKind.CATALOGUE_IMPORT;
                case REGISTRY -> JobKind.REGISTRY_IMPORT;
                case PATENTS -> JobKind.PATENT_IMPORT;
              },
              name,
              caller.userId(),
              key);
    } catch (DuplicateKeyException e) {
      delete(stored);
      return new Submitted(jobs.byIdempotencyKey(caller.organizationId(), key).orElseThrow(), true);
    }
    workers.submit(() -> run(caller, kind, jobId, stored, name, charset, own));
    return new Submitted(jobs.find(caller.organizationId(), jobId).orElseThrow(), false);
  }

  private void run(
      Caller caller,
      ImportKind kind,
      long jobId,
      Path file,
      String name,
      Charset charset,
      boolean own) {
    try {
      switch (kind) {
        case CATALOGUE -> catalog.runImport(caller, jobId, file, name, charset);
        case REGISTRY -> registry.runImport(caller, jobId, file, name, own);
        case PATENTS -> patents.runImport(caller, jobId, file, name, own);
      }
    } catch (RuntimeException e) {
      log.error("import job {} failed", jobId, e);
      try {
        jobs.fail(
            jobId,
            "The import stopped on an internal error; nothing was imported. The error has been"
                + " logged.");
      } catch (ConflictException ended) {
        log.warn("import job {} had already ended: {}", jobId, ended.getMessage());
      }
    } finally {
      delete(file);
    }
  }

  private static Charset charset(String encoding) {
    if (encoding == null || encoding.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(encoding.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new InvalidInputException(
          "encoding", "unknown encoding " + encoding.strip() + "; try UTF-8 or windows-1252");
    }
  }

  /** The name to show for an upload (see {@link UploadNames}). */
  static String displayName(String original) {
    return UploadNames.display(original, "upload");
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("could not delete upload {}", file, e);
    }
  }

  @PreDestroy
  void stop() {
    workers.shutdownNow();
  }
}
