package com.clearmark.engine.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An input file as the user named it: opens it and words the problems found in it.
 *
 * @param name how messages refer to the file, which is the path as given
 */
record InputFile(Path path, String name) {

  InputFile {
    Objects.requireNonNull(path, "file");
    Objects.requireNonNull(name, "name");
  }

  static InputFile of(Path path) {
    Objects.requireNonNull(path, "file");
    return new InputFile(path, path.toString());
  }

  /** Opens the raw bytes, failing with line 0 when the file is missing or cannot be read. */
  InputStream openBytes() {
    if (Files.isDirectory(path)) {
      throw failure(0, "", "this is a folder, not a file");
    }
    try {
      return new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    } catch (NoSuchFileException e) {
      throw new InputException(problem(0, "", "file not found"), e);
    } catch (AccessDeniedException e) {
      throw new InputException(problem(0, "", "the file cannot be read (permission denied)"), e);
    } catch (IOException e) {
      throw new InputException(problem(0, "", "the file cannot be read: " + e.getMessage()), e);
    }
  }

  /**
   * Opens the file as text that refuses undecodable bytes.
   *
   * @param adviceOnBadBytes appended to the message about undecodable bytes, starting with "; "
   */
  Reader openText(Charset charset, String adviceOnBadBytes) {
    return new DecodingReader(openBytes(), charset, adviceOnBadBytes);
  }

  InputProblem problem(long line, String field, String message) {
    return new InputProblem(name, line, field, message);
  }

  InputException failure(long line, String field, String message) {
    return new InputException(problem(line, field, message));
  }

  /** A read error in the middle of the file, which no reader can get past. */
  InputException failure(long line, IOException e) {
    if (e instanceof DecodingReader.UndecodableTextException) {
      return new InputException(problem(line, "", e.getMessage()), e);
    }
    return new InputException(problem(line, "", "the file cannot be read: " + e.getMessage()), e);
  }
}
