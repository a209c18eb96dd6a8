package com.clearmark.cli;

import com.clearmark.engine.copyright.ImageCopyCheck;
import com.clearmark.engine.copyright.TextCopyCheck;
import com.clearmark.engine.copyright.TextWorks;
import com.clearmark.engine.copyright.Work;
import com.clearmark.engine.image.ImageHasher;
import com.clearmark.engine.image.ImageHashes;
import com.clearmark.engine.image.ImageIndex;
import com.clearmark.engine.image.UnreadableImageException;
import com.clearmark.engine.io.InputProblem;
import com.clearmark.engine.io.WorkCsvReader;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.screening.ListingCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The protected works of {@code clearmark screen --works}: texts go into a {@link TextWorks}
 * register, images are hashed for the image check, and the checks come out ready for the screener.
 * Image files of works are taken relative to the works CSV, images of listings relative to the
 * listings file; a file that cannot be read is a warning naming it, never a stack trace.
 */
final class WorkRegister implements ReportImages {

  private final Map<Long, Work> works = new HashMap<>();
  private final Map<Long, String> texts = new HashMap<>();
  private final Map<Long, Path> workImages = new HashMap<>();
  private final TextWorks textWorks = new TextWorks();
  private final ImageIndex imageIndex = new ImageIndex();
  private final Path listingsFolder;
  private final String listingsFile;
  private final List<ListingCheck> checks = new ArrayList<>();

  private WorkRegister(Path listingsFile) {
    Path parent = listingsFile.toAbsolutePath().getParent();
    this.listingsFolder = parent == null ? Path.of("") : parent;
    this.listingsFile = listingsFile.toString();
  }

  /**
   * Reads the works file and registers every work it can.
   *
   * @throws com.clearmark.engine.io.InputException when the works file itself cannot be read
   */
  static WorkRegister load(Path worksFile, Path listingsFile, boolean strict, PrintWriter err) {
    var register = new WorkRegister(listingsFile);
    List<WorkCsvReader.Entry> entries =
        WorkCsvReader.read(worksFile, strict, p -> RegistryOptions.warn(err, p));
    int textCount = 0;
    int imageCount = 0;
    for (WorkCsvReader.Entry entry : entries) {
      Work work = entry.work();
      if (work.isImage()) {
        if (register.addImage(entry, err)) {
          imageCount++;
        }
      } else {
        register.works.put(work.id(), work);
        register.texts.put(work.id(), entry.text());
        register.textWorks.add(work.id(), work.owner(), entry.text());
        textCount++;
      }
    }
    if (textCount > 0) {
      register.checks.add(
          new TextCopyCheck(register.textWorks, register.works::get, register.texts::get));
    }
    register.addImageCheck(err);
    err.println(
        "Checking against "
            + Plural.of(textCount, "registered text")
            + " and "
            + Plural.of(imageCount, "registered image")
            + " from "
            + worksFile);
    return register;
  }

  /** The checks to run after the mark policies. */
  List<ListingCheck> checks() {
    return checks;
  }

  /** Hashes an image work; false, with a warning, when its image cannot be read. */
  private boolean addImage(WorkCsvReader.Entry entry, PrintWriter err) {
    ImageHashes hashes =
        hash(entry.image(), problem -> RegistryOptions.warn(err, entry.problem("file", problem)));
    if (hashes == null) {
      return false;
    }
    Work work = entry.work();
    works.put(work.id(), work);
    workImages.put(work.id(), entry.image());
    imageIndex.add(work.id(), hashes);
    return true;
  }

  private void addImageCheck(PrintWriter err) {
    if (imageIndex.size() == 0) {
      return;
    }
    checks.add(
        new ImageCopyCheck(
            imageIndex,
            works::get,
            (listing, index) -> {
              Path file = listingImage(listing, index);
              if (file == null) {
                return null;
              }
              return hash(
                  file,
                  problem ->
                      err.println(
                          "warning: "
                              + new InputProblem(
                                  listingsFile,
                                  listing.line(),
                                  "images[" + (index + 1) + "]",
                                  problem)
                              + " (image not checked)"));
            }));
  }

  /** The image's hashes, or null after telling {@code problem} why it cannot be read. */
  private static ImageHashes hash(Path file, Consumer<String> problem) {
    try {
      return ImageHasher.hash(file);
    } catch (UnreadableImageException e) {
      problem.accept(e.getMessage());
    } catch (RuntimeException e) {
      // A decoder may fail in ways of its own on a damaged file; the run goes on without it.
      problem.accept(file.getFileName() + ": the image cannot be decoded");
    }
    return null;
  }

  @Override
  public Path workImage(long workId) {
    return workImages.get(workId);
  }

  @Override
  public Path listingImage(Listing listing, int index) {
    if (index < 0 || index >= listing.images().size()) {
      return null;
    }
    return listingsFolder.resolve(listing.images().get(index)).normalize();
  }
}
