package com.clearmark.engine.io;

import com.clearmark.engine.patent.Claim;
import com.clearmark.engine.patent.ClaimElement;
import com.clearmark.engine.patent.Patent;
import com.clearmark.engine.patent.PatentType;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * A patent register saved by {@code clearmark patents import}, so that weekly grant files and
 * PatentsView tables are read once and the register loads in seconds.
 *
 * <h2>Layout</h2>
 *
 * All numbers big-endian; strings are an int byte length and UTF-8; dates an epoch day as a long,
 * {@link Long#MIN_VALUE} for none.
 *
 * <pre>
 * header (32 bytes)
 *   magic            8 bytes  "CLMKPAT\0"
 *   format version   int      {@value #FORMAT_VERSION}
 *   reserved         int      0
 *   payload length   long
 *   payload CRC-32   long
 * payload, gzip-compressed
 *   patent count int, then per patent: number, kind, type ordinal byte, title, assignee, filed,
 *     granted, earliest filing, term adjustment int, terminal disclaimer byte, disclaimed expiry,
 *     lapsed, CPC count int and strings, claim count int, then per claim: number int, depends-on
 *     int, method byte, preamble, element count int and per element depth int and text, text
 *   end mark int {@code 0x0CEA5ED0}
 * </pre>
 *
 * It is written to a part file beside the target and moved over it once complete, so an interrupted
 * import leaves the previous register as it was. Reading checks the magic, the version, the length
 * and the checksum before it decodes anything; a file that is not a register, is of another
 * version, is truncated or damaged is refused with an {@link InputException} saying which and what
 * to do. Every count and length read is bounded.
 */
public final class PatentFile {

  /** The layout this Clearmark writes and reads. */
  public static final int FORMAT_VERSION = 1;

  /** Patents a register holds at most. */
  public static final int MAX_PATENTS = 20_000_000;

  static final byte[] MAGIC = "CLMKPAT\0".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER = 32;
  private static final int END = 0x0CEA5ED0;
  private static final int MAX_STRING_BYTES = 1 << 20;
  private static final int MAX_LIST = 10_000;
  private static final long NO_DATE = Long.MIN_VALUE;
  private static final String IMPORT_AGAIN =
      "; import its sources again with 'clearmark patents import'";

  private PatentFile() {}

  /** Whether the file starts as a register does. */
  static boolean isRegister(byte[] head) {
    return head.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC);
  }

  /** Writes the register to {@code target}, replacing it only when the whole file is written. */
  public static void write(Path target, List<Patent> patents) throws IOException {
    if (patents.size() > MAX_PATENTS) {
      throw new IllegalArgumentException(
          patents.size() + " patents; a register holds at most " + MAX_PATENTS);
    }
    Path dir = target.toAbsolutePath().getParent();
    Path temp =
        dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
    try {
      var crc = new CRC32();
      long length;
      try (var channel =
          FileChannel.open(
              temp,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        channel.position(HEADER);
        var counting = new CountingStream(Channels.newOutputStream(channel));
        var gzip =
            new GZIPOutputStream(
                new BufferedOutputStream(new CheckedOutputStream(counting, crc), 1 << 16), 1 << 16);
        var out = new DataOutputStream(gzip);
        out.writeInt(patents.size());
        for (Patent p : patents) {
          writePatent(p, out);
        }
        out.writeInt(END);
        gzip.finish();
        out.flush();
        length = counting.count;
        var header = ByteBuffer.allocate(HEADER);
        header.put(MAGIC).putInt(FORMAT_VERSION).putInt(0);
        header.putLong(length).putLong(crc.getValue()).flip();
        channel.write(header, 0);
        channel.force(true);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Reads a register written by {@link #write}; refuses foreign, other, truncated or damaged files.
   */
  public static List<Patent> read(Path file) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw refuse(name, "is a folder, not a patent register");
    }
    try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      ByteBuffer header = ByteBuffer.allocate(HEADER);
      while (header.hasRemaining() && channel.read(header) >= 0) {
        // fill the header
      }
      header.flip();
      byte[] magic = new byte[MAGIC.length];
      if (header.remaining() < MAGIC.length) {
        throw refuse(name, "is not a Clearmark patent register (too short)");
      }
      header.get(magic);
      if (!Arrays.equals(magic, MAGIC)) {
        throw refuse(
            name, "is not a Clearmark patent register; build one with 'clearmark patents import'");
      }
      if (header.remaining() < HEADER - MAGIC.length) {
        throw refuse(name, "is truncated: it ends inside its header" + IMPORT_AGAIN);
      }
      int format = header.getInt();
      header.getInt();
      if (format != FORMAT_VERSION) {
        throw refuse(
            name,
            "is a patent register of format "
                + format
                + "; this Clearmark reads format "
                + FORMAT_VERSION
                + IMPORT_AGAIN);
      }
      long length = header.getLong();
      long expectedCrc = header.getLong();
      if (length != size - HEADER) {
        throw refuse(
            name,
            "is truncated or padded: the header announces "
                + length
                + " bytes of patents, the file holds "
                + (size - HEADER)
                + IMPORT_AGAIN);
      }
      if (checksum(channel) != expectedCrc) {
        throw refuse(name, "is corrupt (checksum mismatch)" + IMPORT_AGAIN);
      }
      InputStream payload =
          new BufferedInputStream(Channels.newInputStream(channel.position(HEADER)), 1 << 16);
      List<Patent> patents;
      try (var in = new DataInputStream(new GZIPInputStream(payload, 1 << 16))) {
        patents = readPatents(in, name);
      } catch (EOFException | ZipException e) {
        throw refuse(
            name, "is damaged: its patents end early or cannot be unpacked" + IMPORT_AGAIN);
      }
      return patents;
    } catch (NoSuchFileException e) {
      throw refuse(name, "not found");
    } catch (IOException e) {
      throw new InputException(
          new InputProblem(name, 0, "", "cannot be read: " + e.getMessage()), e);
    }
  }

  private static List<Patent> readPatents(DataInputStream in, String name) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > MAX_PATENTS) {
      throw refuse(name, "is damaged: it announces " + count + " patents" + IMPORT_AGAIN);
    }
    var patents = new ArrayList<Patent>(Math.min(count, 1 << 16));
    for (int i = 0; i < count; i++) {
      try {
        patents.add(readPatent(in));
      } catch (IllegalArgumentException e) {
        throw refuse(
            name,
            "is damaged: patent " + (i + 1) + " cannot be read: " + e.getMessage() + IMPORT_AGAIN);
      }
    }
    if (in.readInt() != END) {
      throw refuse(name, "is damaged: its end mark is missing" + IMPORT_AGAIN);
    }
    return patents;
  }

  private static void writePatent(Patent p, DataOutputStream out) throws IOException {
    writeString(out, p.number());
    writeString(out, p.kind());
    out.writeByte(p.type().ordinal());
    writeString(out, p.title());
    writeString(out, p.assignee());
    writeDate(out, p.filed());
    writeDate(out, p.granted());
    writeDate(out, p.earliestUsFiling());
    out.writeInt(p.termAdjustmentDays());
    out.writeBoolean(p.terminalDisclaimer());
    writeDate(out, p.disclaimedExpiry());
    writeDate(out, p.lapsed());
    out.writeInt(p.cpc().size());
    for (String c : p.cpc()) {
      writeString(out, c);
    }
    out.writeInt(p.claims().size());
    for (Claim c : p.claims()) {
      out.writeInt(c.number());
      out.writeInt(c.dependsOn());
      out.writeBoolean(c.method());
      writeString(out, c.preamble());
      out.writeInt(c.elements().size());
      for (ClaimElement e : c.elements()) {
        out.writeInt(e.depth());
        writeString(out, e.text());
      }
      writeString(out, c.text());
    }
  }

  private static Patent readPatent(DataInputStream in) throws IOException {
    String number = readString(in);
    String kind = readString(in);
    int type = in.readUnsignedByte();
    if (type >= PatentType.values().length) {
      throw new IllegalArgumentException("unknown patent type " + type);
    }
    String title = readString(in);
    String assignee = readString(in);
    LocalDate filed = readDate(in);
    LocalDate granted = readDate(in);
    LocalDate earliest = readDate(in);
    int adjustment = in.readInt();
    boolean disclaimer = in.readBoolean();
    LocalDate disclaimed = readDate(in);
    LocalDate lapsed = readDate(in);
    int cpcCount = count(in);
    var cpc = new ArrayList<String>(cpcCount);
    for (int i = 0; i < cpcCount; i++) {
      cpc.add(readString(in));
    }
    int claimCount = count(in);
    var claims = new ArrayList<Claim>(claimCount);
    for (int i = 0; i < claimCount; i++) {
      int claimNumber = in.readInt();
      int dependsOn = in.readInt();
      boolean method = in.readBoolean();
      String preamble = readString(in);
      int elementCount = count(in);
      var elements = new ArrayList<ClaimElement>(elementCount);
      for (int e = 0; e < elementCount; e++) {
        int depth = in.readInt();
        elements.add(new ClaimElement(depth, readString(in)));
      }
      claims.add(new Claim(claimNumber, dependsOn, method, preamble, elements, readString(in)));
    }
    return new Patent(
        number,
        kind,
        PatentType.values()[type],
        title,
        assignee,
        filed,
        granted,
        earliest,
        adjustment,
        disclaimer,
        disclaimed,
        lapsed,
        cpc,
        claims);
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_LIST) {
      throw new IllegalArgumentException("a list of " + n + " entries");
    }
    return n;
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_STRING_BYTES) {
      throw new IllegalArgumentException("a text of " + n + " bytes");
    }
    byte[] bytes = in.readNBytes(n);
    if (bytes.length < n) {
      throw new EOFException();
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void writeDate(DataOutputStream out, LocalDate date) throws IOException {
    out.writeLong(date == null ? NO_DATE : date.toEpochDay());
  }

  private static LocalDate readDate(DataInputStream in) throws IOException {
    long day = in.readLong();
    if (day == NO_DATE) {
      return null;
    }
    if (day < LocalDate.of(1790, 1, 1).toEpochDay()
        || day > LocalDate.of(2200, 1, 1).toEpochDay()) {
      throw new IllegalArgumentException("a date out of range");
    }
    return LocalDate.ofEpochDay(day);
  }

  private static long checksum(FileChannel channel) throws IOException {
    var crc = new CRC32();
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    channel.position(HEADER);
    while (channel.read(buffer) > 0) {
      buffer.flip();
      crc.update(buffer);
      buffer.clear();
    }
    return crc.getValue();
  }

  private static InputException refuse(String file, String why) {
    return new InputException(new InputProblem(file, 0, "", why));
  }

  /** Counts the bytes written through it. */
  private static final class CountingStream extends java.io.FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
