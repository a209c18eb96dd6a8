package com.clearmark.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character encoding of an XML file, found as an XML parser finds it (XML 1.0, appendix F): a
 * byte order mark, else the {@code encoding} of the XML declaration, else UTF-8.
 */
final class XmlEncoding {

  /** Enough bytes for any XML declaration a real file has, after a byte order mark. */
  private static final int PROLOG = 512;

  private static final Pattern DECLARED =
      Pattern.compile("^\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");

  private XmlEncoding() {}

  static Charset of(InputFile file) {
    try (InputStream in = file.openBytes()) {
      return of(file, in);
    } catch (IOException e) {
      throw file.failure(0, e);
    }
  }

  /** The encoding of the XML that {@code in} starts with; reads a few hundred bytes of it. */
  static Charset of(InputFile file, InputStream in) throws IOException {
    byte[] head = in.readNBytes(PROLOG);
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
      return StandardCharsets.UTF_8;
    }
    if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0x00, 0x3C, 0x00, 0x3F)) {
      return StandardCharsets.UTF_16BE;
    }
    if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0x3C, 0x00, 0x3F, 0x00)) {
      return StandardCharsets.UTF_16LE;
    }
    Matcher declared = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
    if (!declared.find()) {
      return StandardCharsets.UTF_8;
    }
    String name = declared.group(1);
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw file.failure(
          1, "", "the XML declares the encoding " + name + ", which Clearmark cannot read");
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
