package com.clearmark.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * One file inside a zip archive, as the USPTO weekly grant files ({@code ipg210615.zip}) and the
 * PatentsView tables ({@code g_patent.tsv.zip}) are published: the first entry whose name ends with
 * the expected suffix is streamed, never unpacked to disk, so the archive's size does not matter.
 */
final class ZipEntryInput {

  private ZipEntryInput() {}

  /** Whether the file starts with a zip archive's local header. */
  static boolean isZip(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Opens the first entry of the archive whose name ends with {@code suffix} (case ignored).
   *
   * @throws InputException when the archive cannot be read or holds no such entry
   */
  static InputStream open(InputFile file, String suffix) {
    InputStream raw = file.openBytes();
    try {
      var zip = new ZipInputStream(raw);
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(suffix)) {
          return zip;
        }
      }
      zip.close();
      throw file.failure(0, "", "the zip archive holds no " + suffix + " file");
    } catch (ZipException e) {
      closeQuietly(raw);
      throw file.failure(0, "", "the zip archive is damaged: " + e.getMessage());
    } catch (IOException e) {
      closeQuietly(raw);
      throw file.failure(0, e);
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // only read
    }
  }
}
