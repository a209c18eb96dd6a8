package com.clearmark.app.web;

import com.clearmark.app.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A file sent from a page's upload form: no file chosen, or one refused for its type or size, is
 * said on the page the form redirects to, never shown as an error page.
 */
public final class PageUploads {

  private PageUploads() {}

  /** Stores the upload and returns what to tell the person. */
  @FunctionalInterface
  public interface Store {
    String store(String fileName, InputStream content) throws IOException;
  }

  /**
   * @param chooseFirst what to say when no file was chosen
   */
  public static void attach(
      MultipartFile file, String chooseFirst, RedirectAttributes redirect, Store store) {
    if (file == null
        || file.getOriginalFilename() == null
        || file.getOriginalFilename().isBlank()) {
      redirect.addFlashAttribute("error", chooseFirst);
      return;
    }
    try (var in = file.getInputStream()) {
      redirect.addFlashAttribute("message", store.store(file.getOriginalFilename(), in));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", "Not attached: " + e.getMessage() + ".");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
