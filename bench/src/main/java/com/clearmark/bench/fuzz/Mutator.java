package com.clearmark.bench.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes malformed files out of a valid one, the way files go wrong in the hands of sellers and
 * their tools: cut and repeated lines, a spreadsheet's other delimiter, a cell pasted a hundred
 * thousand times, bytes of another encoding or none, byte order marks, days no calendar has,
 * numbers out of any range, doubled headers and stray quotes; for XML and JSON also broken and
 * deeply nested structure and entity declarations.
 *
 * <p>Each input is a pure function of the seed file, the run's seed and the input's number, so a
 * failure found in a run of a hundred thousand inputs is replayed alone from its number. One to
 * three mutations are applied, each chosen uniformly among {@link Mutation}.
 */
public final class Mutator {

  /** What can go wrong with a file. */
  public enum Mutation {
    CUT_LINE,
    DROP_LINE,
    REPEAT_LINE,
    REPEAT_HEADER_COLUMN,
    OTHER_DELIMITER,
    HUGE_FIELD,
    BINARY_BYTES,
    BAD_UTF8,
    BYTE_ORDER_MARK,
    UTF16,
    IMPOSSIBLE_DATE,
    OUT_OF_RANGE_NUMBER,
    STRAY_QUOTE,
    LINE_ENDINGS,
    NEARLY_EMPTY,
    MANY_COLUMNS,
    BROKEN_STRUCTURE,
    DEEP_NESTING,
    ENTITY_DECLARATION,
    SPLICED_FILES
  }

  private static final Pattern DATE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{8}");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");
  private static final String[] IMPOSSIBLE_DATES = {
    "2026-02-30",
    "2026-13-01",
    "0000-00-00",
    "9999-99-99",
    "2/30/2026",
    "20260230",
    "2026-02-29",
    "-2026-01-01",
    "+99999-01-01"
  };
  private static final String[] BAD_NUMBERS = {
    "-1",
    "-0",
    "1e309",
    "1E-999999999",
    "99999999999999999999999999",
    "NaN",
    "Infinity",
    "0x1F",
    "1,234,567.891",
    "١٢٣",
    "12.345.678",
    "9223372036854775808",
    ""
  };
  private static final byte[][] BAD_SEQUENCES = {
    {(byte) 0xC3},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xC0, (byte) 0xAF},
    {(byte) 0xFF, (byte) 0xFE},
    {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
    {(byte) 0xE9}
  };
  private static final byte[][] MARKS = {
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {(byte) 0xFF, (byte) 0xFE},
    {(byte) 0xFE, (byte) 0xFF},
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
  };

  private final List<byte[]> seeds;
  private final int hugeField;

  /**
   * @param seeds the valid files, of one format, that inputs are made from; a splice takes a second
   *     one among them
   * @param hugeField the length of the longest cell a mutation pastes in
   */
  public Mutator(List<byte[]> seeds, int hugeField) {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("a mutator needs at least one valid file");
    }
    this.seeds = List.copyOf(seeds);
    this.hugeField = hugeField;
  }

  /** A malformed input and the mutations that made it, in order. */
  public record Input(byte[] content, List<Mutation> mutations) {}

  /** The malformed input number {@code index} of the run with {@code seed}. */
  public Input input(long seed, long index) {
    var random = new Random(new SplittableRandom(seed * 1_000_003L + index).nextLong());
    byte[] file = seeds.get(random.nextInt(seeds.size()));
    int mutations = 1 + random.nextInt(3);
    List<Mutation> applied = new ArrayList<>(mutations);
    for (int i = 0; i < mutations; i++) {
      Mutation m = Mutation.values()[random.nextInt(Mutation.values().length)];
      applied.add(m);
      file = apply(m, file, random);
    }
    return new Input(file, applied);
  }

  byte[] apply(Mutation m, byte[] file, Random random) {
    List<byte[]> lines = lines(file);
    switch (m) {
      case CUT_LINE -> {
        int at = random.nextInt(lines.size());
        byte[] line = lines.get(at);
        lines.set(at, Arrays.copyOf(line, line.length == 0 ? 0 : random.nextInt(line.length)));
        if (random.nextBoolean()) {
          lines = new ArrayList<>(lines.subList(0, at + 1));
        }
      }
      case DROP_LINE -> {
        if (lines.size() > 1) {
          lines.remove(random.nextInt(random.nextBoolean() ? 1 : lines.size()));
        }
      }
      case REPEAT_LINE -> {
        int at = random.nextInt(random.nextBoolean() ? 1 : lines.size());
        int times = 1 + random.nextInt(random.nextInt(10) == 0 ? 2000 : 3);
        for (int i = 0; i < times; i++) {
          lines.add(at, lines.get(at).clone());
        }
      }
      case REPEAT_HEADER_COLUMN -> {
        String header = text(lines.get(0));
        String delimiter = delimiterOf(header);
        String[] cells = header.split(Pattern.quote(delimiter), -1);
        String repeated = cells[random.nextInt(cells.length)];
        lines.set(
            0,
            bytes(
                random.nextBoolean()
                    ? header + delimiter + repeated
                    : repeated + delimiter + header));
      }
      case OTHER_DELIMITER -> {
        String[] delimiters = {",", "\t", ";", "|", " "};
        String to = delimiters[random.nextInt(delimiters.length)];
        boolean whole = random.nextBoolean();
        int only = random.nextInt(lines.size());
        for (int i = 0; i < lines.size(); i++) {
          if (whole || i == only) {
            String line = text(lines.get(i));
            lines.set(i, bytes(line.replace(delimiterOf(line), to)));
          }
        }
      }
      case HUGE_FIELD -> {
        int at = random.nextInt(lines.size());
        String line = text(lines.get(at));
        int length = 1 + random.nextInt(hugeField);
        String cell =
            random.nextBoolean()
                ? "w".repeat(length)
                : "Earbuds ".repeat(Math.max(1, length / 8)).strip();
        int pos = cutPoint(line, random);
        lines.set(at, bytes(line.substring(0, pos) + cell + line.substring(pos)));
      }
      case BINARY_BYTES -> {
        byte[] noise = new byte[1 + random.nextInt(64)];
        random.nextBytes(noise);
        if (random.nextBoolean()) {
          noise[0] = 0;
        }
        return insert(file, random.nextInt(file.length + 1), noise);
      }
      case BAD_UTF8 -> {
        byte[] bad = BAD_SEQUENCES[random.nextInt(BAD_SEQUENCES.length)];
        return insert(file, random.nextInt(file.length + 1), bad);
      }
      case BYTE_ORDER_MARK -> {
        return insert(
            file,
            random.nextInt(8) == 0 ? random.nextInt(file.length + 1) : 0,
            MARKS[random.nextInt(MARKS.length)]);
      }
      case UTF16 -> {
        return new String(file, StandardCharsets.UTF_8)
            .getBytes(random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16);
      }
      case IMPOSSIBLE_DATE -> {
        return bytes(replaceOne(text(file), DATE, IMPOSSIBLE_DATES, random, true));
      }
      case OUT_OF_RANGE_NUMBER -> {
        return bytes(replaceOne(text(file), NUMBER, BAD_NUMBERS, random, false));
      }
      case STRAY_QUOTE -> {
        int at = random.nextInt(lines.size());
        String line = text(lines.get(at));
        int pos = cutPoint(line, random);
        String[] quotes = {"\"", "\"\"\"", "\"a\"b\"", "\"\n\"", "'"};
        lines.set(
            at,
            bytes(
                line.substring(0, pos)
                    + quotes[random.nextInt(quotes.length)]
                    + line.substring(pos)));
      }
      case LINE_ENDINGS -> {
        String text = text(file);
        String[] endings = {"\r\n", "\r", "\n\n", "\u2028", ""};
        String to = latin(endings[random.nextInt(endings.length)]);
        return bytes(to.isEmpty() ? text.stripTrailing() : text.replace("\n", to));
      }
      case NEARLY_EMPTY -> {
        String[] small = {"", " ", "\n", "\uFEFF", "\"", ",", "\t\t\n", "{", "<"};
        return random.nextBoolean()
            ? bytes(latin(small[random.nextInt(small.length)]))
            : lines.get(0).clone();
      }
      case MANY_COLUMNS -> {
        int at = random.nextInt(lines.size());
        String line = text(lines.get(at));
        lines.set(at, bytes(line + delimiterOf(line).repeat(1 + random.nextInt(5000))));
      }
      case BROKEN_STRUCTURE -> {
        String text = text(file);
        String[] breaks = {
          "<", ">", "</", "{", "}", "[", "]", ":", "\"", "<a><b></a>", "&", "&#0;"
        };
        int pos = random.nextInt(text.length() + 1);
        return bytes(
            text.substring(0, pos) + breaks[random.nextInt(breaks.length)] + text.substring(pos));
      }
      case DEEP_NESTING -> {
        String text = text(file);
        int depth = 1 + random.nextInt(20_000);
        String nest =
            random.nextBoolean()
                ? "<a>".repeat(depth) + "</a>".repeat(depth)
                : "[".repeat(depth) + "]".repeat(depth);
        int pos = random.nextInt(text.length() + 1);
        return bytes(text.substring(0, pos) + nest + text.substring(pos));
      }
      case ENTITY_DECLARATION -> {
        String text = text(file);
        String[] doctypes = {
          "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
          "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
              + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>",
          "<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/x.dtd\">"
        };
        int pos = text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
        String body = text.substring(pos);
        String withUse = body.replaceFirst(">([^<]{1,40})<", ">&x;&d;$1<");
        return bytes(text.substring(0, pos) + doctypes[random.nextInt(doctypes.length)] + withUse);
      }
      case SPLICED_FILES -> {
        byte[] other = seeds.get(random.nextInt(seeds.size()));
        int cut = random.nextInt(file.length + 1);
        int from = random.nextInt(other.length + 1);
        var out = new ByteArrayOutputStream();
        out.write(file, 0, cut);
        out.write(other, from, other.length - from);
        return out.toByteArray();
      }
      default -> throw new IllegalStateException("unknown mutation " + m);
    }
    return join(lines);
  }

  private static String replaceOne(
      String text, Pattern pattern, String[] replacements, Random random, boolean appendIfNone) {
    Matcher matcher = pattern.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (matcher.find() && spans.size() < 10_000) {
      spans.add(new int[] {matcher.start(), matcher.end()});
    }
    String replacement = latin(replacements[random.nextInt(replacements.length)]);
    if (spans.isEmpty()) {
      return appendIfNone ? text + replacement : text;
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    return text.substring(0, span[0]) + replacement + text.substring(span[1]);
  }

  private static int cutPoint(String line, Random random) {
    // At a delimiter half the time, so the text lands in a cell rather than splitting one.
    if (random.nextBoolean()) {
      String d = delimiterOf(line);
      int at = line.indexOf(d, random.nextInt(line.length() + 1));
      if (at >= 0) {
        return at + d.length();
      }
    }
    return random.nextInt(line.length() + 1);
  }

  private static String delimiterOf(String line) {
    int tabs = count(line, '\t');
    int commas = count(line, ',');
    int semicolons = count(line, ';');
    if (tabs >= commas && tabs >= semicolons && tabs > 0) {
      return "\t";
    }
    return semicolons > commas ? ";" : ",";
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static List<byte[]> lines(byte[] file) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < file.length; i++) {
      if (file[i] == '\n') {
        out.add(Arrays.copyOfRange(file, start, i));
        start = i + 1;
      }
    }
    out.add(Arrays.copyOfRange(file, start, file.length));
    return out;
  }

  private static byte[] join(List<byte[]> lines) {
    var out = new ByteArrayOutputStream();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        out.write('\n');
      }
      out.writeBytes(lines.get(i));
    }
    return out.toByteArray();
  }

  private static byte[] insert(byte[] file, int at, byte[] what) {
    byte[] out = new byte[file.length + what.length];
    System.arraycopy(file, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(file, at, out, at + what.length, file.length - at);
    return out;
  }

  // Bytes are read as Latin-1 so that every byte, valid UTF-8 or not, survives the round trip.
  private static String text(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  /**
   * Text with characters beyond Latin-1 as its UTF-8 bytes, one char a byte, like {@link #text}.
   */
  private static String latin(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
