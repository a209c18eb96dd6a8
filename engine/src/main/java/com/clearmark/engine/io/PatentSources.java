package com.clearmark.engine.io;

import com.clearmark.engine.patent.Patent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads patents from whatever source a user names, telling the kind by content, not by name:
 *
 * <ul>
 *   <li>a folder holding {@value PatentsViewReader#PATENTS}: the PatentsView tables ({@link
 *       PatentsViewReader});
 *   <li>a file starting with the register's magic: a register saved by {@code clearmark patents
 *       import} ({@link PatentFile});
 *   <li>a file whose first markup is XML and that names {@code us-patent-grant} near its start:
 *       USPTO grant XML, one grant or a weekly file of many ({@link UsptoPatentReader});
 *   <li>any other file: the simple CSV ({@link PatentCsvReader}), which names its missing columns
 *       when it is something else.
 * </ul>
 */
public final class PatentSources {

  /** How much of a file is looked at to tell its kind. */
  private static final int SNIFF = 4096;

  /** The kinds of source, as told apart by {@link #kindOf}. */
  public enum Kind {
    PATENTS_VIEW,
    REGISTER,
    USPTO_XML,
    CSV
  }

  private PatentSources() {}

  /**
   * Reads every patent of the source, giving each to {@code sink}.
   *
   * @param strict whether a malformed record stops the reading instead of being skipped
   * @param problems receives the records skipped when reading leniently
   * @return the number of patents given to {@code sink}
   * @throws InputException when the source is missing or unreadable, or, reading strictly, at the
   *     first malformed record
   */
  public static long read(
      Path fileOrFolder, boolean strict, Consumer<InputProblem> problems, Consumer<Patent> sink) {
    return switch (kindOf(fileOrFolder)) {
      case PATENTS_VIEW -> PatentsViewReader.read(fileOrFolder, strict, problems, sink);
      case REGISTER -> {
        List<Patent> patents = PatentFile.read(fileOrFolder);
        patents.forEach(sink);
        yield patents.size();
      }
      case USPTO_XML -> UsptoPatentReader.read(fileOrFolder, strict, problems, sink);
      case CSV -> {
        List<Patent> patents = PatentCsvReader.read(fileOrFolder, strict, problems);
        patents.forEach(sink);
        yield patents.size();
      }
    };
  }

  /** Reads every patent of the source into a list. */
  public static List<Patent> readAll(
      Path fileOrFolder, boolean strict, Consumer<InputProblem> problems) {
    var patents = new ArrayList<Patent>();
    read(fileOrFolder, strict, problems, patents::add);
    return patents;
  }

  /** The kind of source, from its content. */
  public static Kind kindOf(Path fileOrFolder) {
    String name = fileOrFolder.toString();
    if (Files.isDirectory(fileOrFolder)) {
      if (PatentsViewReader.isPatentsView(fileOrFolder)) {
        return Kind.PATENTS_VIEW;
      }
      throw new InputException(
          new InputProblem(
              name,
              0,
              "",
              "this folder has no "
                  + PatentsViewReader.PATENTS
                  + "; name a patent file (USPTO grant XML, CSV or a saved register) or a folder"
                  + " of unzipped PatentsView tables"));
    }
    byte[] head;
    try (InputStream in = InputFile.of(fileOrFolder).openBytes()) {
      head = in.readNBytes(SNIFF);
    } catch (IOException e) {
      throw new InputException(
          new InputProblem(name, 0, "", "the file cannot be read: " + e.getMessage()), e);
    }
    if (PatentFile.isRegister(head)) {
      return Kind.REGISTER;
    }
    if (ZipEntryInput.isZip(fileOrFolder)) {
      try (InputStream xml = ZipEntryInput.open(InputFile.of(fileOrFolder), ".xml")) {
        return Kind.USPTO_XML;
      } catch (InputException e) {
        throw new InputException(
            new InputProblem(
                name,
                0,
                "",
                "this zip archive holds no grant XML; for zipped PatentsView tables name the folder"
                    + " that holds them"));
      } catch (IOException e) {
        throw new InputException(
            new InputProblem(name, 0, "", "the file cannot be read: " + e.getMessage()), e);
      }
    }
    String text = new String(head, StandardCharsets.ISO_8859_1);
    String start = text.replaceFirst("^\\W{0,3}?\\s*(?=<)", "");
    if (start.startsWith("<") && text.contains(UsptoPatentReader.ROOT)) {
      return Kind.USPTO_XML;
    }
    if (start.startsWith("<?xml") || start.startsWith("<!DOCTYPE")) {
      // XML that names no grant near its start: let the grant reader say what its root is
      return Kind.USPTO_XML;
    }
    return Kind.CSV;
  }
}
