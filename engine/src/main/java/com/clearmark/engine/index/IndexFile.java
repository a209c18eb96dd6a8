package com.clearmark.engine.index;

import com.clearmark.engine.io.InputException;
import com.clearmark.engine.io.InputProblem;
import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.mark.MarkStatus;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * The snapshot file of a compiled {@link MarkIndex}, so that a registry of millions of marks is
 * compiled once ({@code clearmark index build}) and loaded in seconds.
 *
 * <h2>Layout</h2>
 *
 * All numbers big-endian.
 *
 * <pre>
 * header (32 bytes)
 *   magic            8 bytes  "CLMKIDX\0"
 *   format version   int      {@value #FORMAT_VERSION}
 *   key version      int      {@link MarkIndex#KEY_VERSION}: how text was folded and keyed
 *   payload length   long
 *   payload CRC-32   long
 * payload
 *   mark count, then per mark: name, owner, registration, jurisdiction (length-prefixed UTF-8),
 *     status byte, famous byte, class count byte, class bytes
 *   the index structures: key, delete and sound tables with their postings, as
 *     {@code TermTable} and {@code Postings} arrays written whole
 * </pre>
 *
 * Writing goes to a temporary file beside the target, which is moved into place only once complete,
 * so an interrupted build never leaves a half-written index. Reading checks the magic, both
 * versions, the length and the checksum before trusting any count in the file, then reads it front
 * to back through a window ({@link IndexInput}), copying arrays in bulk and rebuilding hash slots
 * rather than storing them; files beyond 2 GB load like small ones. A file that is not an index,
 * comes from another version, is truncated or corrupt is refused with an {@link InputException}
 * that says which and what to do.
 */
public final class IndexFile {

  static final int FORMAT_VERSION = 2;
  private static final byte[] MAGIC = "CLMKIDX\0".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER = 32;

  private IndexFile() {}

  /** Writes the index to {@code target}, replacing it only when the whole file is written. */
  public static void write(MarkIndex index, Path target) throws IOException {
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
        var out =
            new DataOutputStream(
                new BufferedOutputStream(new CheckedOutputStream(counting, crc), 1 << 16));
        writeMarks(index.marks(), out);
        index.writeStructures(out);
        out.flush();
        length = counting.count;
        var header = ByteBuffer.allocate(HEADER);
        header.put(MAGIC).putInt(FORMAT_VERSION).putInt(MarkIndex.KEY_VERSION);
        header.putLong(length).putLong(crc.getValue()).flip();
        channel.write(header, 0);
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Loads an index written by {@link #write}; refuses foreign, old, truncated or corrupt files. */
  public static MarkIndex read(Path file) {
    String name = file.toString();
    try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long expectedCrc = checkHeader(channel, name)[1];
      if (checksum(channel) != expectedCrc) {
        throw refuse(
            name, "is corrupt (checksum mismatch); rebuild it with 'clearmark index build'");
      }
      try {
        var in = new IndexInput(channel, HEADER);
        List<Mark> marks = readMarks(in);
        return MarkIndex.read(marks, in);
      } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
        throw refuse(name, "is damaged although its checksum matches; rebuild it");
      }
    } catch (NoSuchFileException e) {
      throw refuse(name, "not found");
    } catch (IOException e) {
      throw new InputException(
          new InputProblem(name, 0, "", "cannot be read: " + e.getMessage()), e);
    }
  }

  /**
   * What identifies the registry an index holds, read from its header alone: the format and key
   * versions, the payload length and its CRC-32, as {@code f2-k5-1234567-89abcdef}. Two files with
   * the same version hold the same marks compiled the same way, so a run that records it can tell
   * whether a later run screens against the same registry without loading either. The checksum is
   * not verified here; {@link #read} does that.
   *
   * @throws InputException when the file is missing or its header is not a current index's
   */
  public static String version(Path file) {
    String name = file.toString();
    try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long[] lengthAndCrc = checkHeader(channel, name);
      return "f"
          + FORMAT_VERSION
          + "-k"
          + MarkIndex.KEY_VERSION
          + "-"
          + lengthAndCrc[0]
          + "-"
          + String.format(java.util.Locale.ROOT, "%08x", lengthAndCrc[1]);
    } catch (NoSuchFileException e) {
      throw refuse(name, "not found");
    } catch (IOException e) {
      throw new InputException(
          new InputProblem(name, 0, "", "cannot be read: " + e.getMessage()), e);
    }
  }

  /** Checks the magic, the versions and the length; returns the payload length and CRC. */
  private static long[] checkHeader(FileChannel channel, String name) throws IOException {
    long size = channel.size();
    if (size < HEADER) {
      throw refuse(name, "is not a Clearmark index file (too short to have a header)");
    }
    ByteBuffer header = ByteBuffer.allocate(HEADER);
    channel.read(header, 0);
    header.flip();
    byte[] magic = new byte[MAGIC.length];
    header.get(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw refuse(name, "is not a Clearmark index file; build one with 'clearmark index build'");
    }
    int format = header.getInt();
    int keyVersion = header.getInt();
    if (format != FORMAT_VERSION || keyVersion != MarkIndex.KEY_VERSION) {
      throw refuse(
          name,
          "was built by another Clearmark version (format "
              + format
              + ", keys "
              + keyVersion
              + "; this version reads format "
              + FORMAT_VERSION
              + ", keys "
              + MarkIndex.KEY_VERSION
              + "); rebuild it with 'clearmark index build'");
    }
    long length = header.getLong();
    long expectedCrc = header.getLong();
    if (length != size - HEADER) {
      throw refuse(
          name,
          "is truncated or padded: the header announces "
              + length
              + " bytes of index, the file holds "
              + (size - HEADER)
              + "; rebuild it");
    }
    return new long[] {length, expectedCrc};
  }

  private static InputException refuse(String file, String why) {
    return new InputException(new InputProblem(file, 0, "", why));
  }

  private static void writeMarks(List<Mark> marks, DataOutputStream out) throws IOException {
    out.writeInt(marks.size());
    for (Mark m : marks) {
      writeString(out, m.name());
      writeString(out, m.owner());
      writeString(out, m.registrationNumber());
      writeString(out, m.jurisdiction());
      out.writeByte(m.status().ordinal());
      out.writeByte(m.famous() ? 1 : 0);
      out.writeByte(m.niceClasses().size());
      // In ascending order: a set's iteration order changes between JVMs, and the same marks
      // must give the same bytes, so that the index version names the registry.
      for (int c : new TreeSet<>(m.niceClasses())) {
        out.writeByte(c);
      }
    }
  }

  /** The CRC-32 of everything after the header, read in large blocks. */
  private static long checksum(FileChannel channel) throws IOException {
    var crc = new CRC32();
    var block = ByteBuffer.allocateDirect(1 << 22);
    long position = HEADER;
    int read;
    while ((read = channel.read(block, position)) > 0) {
      block.flip();
      crc.update(block);
      block.clear();
      position += read;
    }
    return crc.getValue();
  }

  private static List<Mark> readMarks(IndexInput in) {
    int count = in.getInt();
    if (count < 0) {
      throw new IllegalArgumentException("negative mark count");
    }
    var marks = new ArrayList<Mark>(count);
    MarkStatus[] statuses = MarkStatus.values();
    for (int i = 0; i < count; i++) {
      String name = readString(in);
      String owner = readString(in);
      String registration = readString(in);
      String jurisdiction = readString(in);
      MarkStatus status = statuses[in.get()];
      boolean famous = in.get() != 0;
      int classCount = in.get();
      Set<Integer> classes = new TreeSet<>();
      for (int c = 0; c < classCount; c++) {
        classes.add((int) in.get());
      }
      marks.add(new Mark(name, owner, registration, jurisdiction, classes, status, famous));
    }
    return marks;
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(IndexInput in) {
    int length = in.getInt();
    if (length < 0 || length > 1 << 20) {
      throw new IllegalArgumentException("bad string length");
    }
    byte[] bytes = new byte[length];
    in.get(bytes, 0, length);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Counts the bytes that reach the file, for the header's payload length. */
  private static final class CountingStream extends FilterOutputStream {
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
