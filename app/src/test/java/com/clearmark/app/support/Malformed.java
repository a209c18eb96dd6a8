package com.clearmark.app.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Malformed variants of valid files: one to three of cut, dropped and repeated lines, another
 * delimiter, a cell longer than any limit, stray bytes and invalid UTF-8, byte order marks, days no
 * calendar has, numbers out of range, stray quotes, other line endings and repeated header columns.
 * Input {@code i} depends only on the seed and {@code i}.
 */
public final class Malformed {

  /** A malformed file and the mutations that made it. */
  public record Input(byte[] content, List<String> mutations) {}

  private static final String[] DAYS = {"2026-02-30", "2/30/2026", "2026-13-01", "0000-00-00"};
  private static final String[] NUMBERS = {"-5", "1e400", "99999999999999999999", "NaN", "1E-9999"};
  private final List<byte[]> seeds;
  private final long seed;

  public Malformed(List<byte[]> seeds, long seed) {
    this.seeds = seeds;
    this.seed = seed;
  }

  public Input input(int index) {
    var random = new Random(seed * 31 + index);
    byte[] content = seeds.get(random.nextInt(seeds.size()));
    List<String> applied = new ArrayList<>();
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      int kind = random.nextInt(14);
      applied.add(NAMES[kind]);
      content = mutate(kind, content, random);
    }
    return new Input(content, applied);
  }

  private static final String[] NAMES = {
    "cut line",
    "drop line",
    "repeat line",
    "other delimiter",
    "huge cell",
    "binary bytes",
    "bad UTF-8",
    "byte order mark",
    "impossible date",
    "bad number",
    "stray quote",
    "CR line ends",
    "nearly empty",
    "repeated header column"
  };

  private static byte[] mutate(int kind, byte[] content, Random random) {
    // Latin-1 keeps every byte as one char, so invalid UTF-8 survives the edits.
    String text = new String(content, StandardCharsets.ISO_8859_1);
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int at = random.nextInt(lines.size());
    String line = lines.get(at);
    int pos = random.nextInt(line.length() + 1);
    switch (kind) {
      case 0 -> lines.set(at, line.substring(0, pos));
      case 1 -> lines.remove(random.nextBoolean() ? 0 : at);
      case 2 -> lines.add(at, line);
      case 3 -> lines.replaceAll(l -> l.replace(",", ";").replace("\t", ","));
      case 4 -> lines.set(at, line.substring(0, pos) + "z".repeat(60_000) + line.substring(pos));
      case 5 -> {
        byte[] noise = new byte[1 + random.nextInt(16)];
        random.nextBytes(noise);
        lines.set(
            at,
            line.substring(0, pos)
                + new String(noise, StandardCharsets.ISO_8859_1)
                + line.substring(pos));
      }
      case 6 -> lines.set(at, line.substring(0, pos) + "\u00C3\u0028" + line.substring(pos));
      case 7 -> lines.set(0, "\u00EF\u00BB\u00BF" + lines.get(0));
      case 8 -> {
        String day = DAYS[random.nextInt(DAYS.length)];
        String replaced = text.replaceFirst("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4}", day);
        return (replaced.equals(text) ? text + day : replaced)
            .getBytes(StandardCharsets.ISO_8859_1);
      }
      case 9 -> {
        String number = NUMBERS[random.nextInt(NUMBERS.length)];
        return text.replaceFirst("(?<=[,\\t\"])\\d+(\\.\\d+)?(?=[,\\t\"\\n])", number)
            .getBytes(StandardCharsets.ISO_8859_1);
      }
      case 10 -> lines.set(at, line.substring(0, pos) + "\"" + line.substring(pos));
      case 11 -> {
        return String.join("\r", lines).getBytes(StandardCharsets.ISO_8859_1);
      }
      case 12 -> {
        return (random.nextBoolean() ? lines.get(0) : ",").getBytes(StandardCharsets.ISO_8859_1);
      }
      default -> {
        String header = lines.get(0);
        String cell = header.split("[,\\t]", -1)[0];
        lines.set(0, header + (header.contains("\t") ? "\t" : ",") + cell);
      }
    }
    var out = new ByteArrayOutputStream();
    out.writeBytes(String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }
}
