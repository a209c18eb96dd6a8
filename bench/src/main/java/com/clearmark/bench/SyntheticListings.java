package com.clearmark.bench;

import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.text.Lexicon;
import com.clearmark.engine.text.TextFolding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

/**
 * A seeded corpus of full listings (about 1-2 KB each: title, brand, five bullets, description and
 * search terms) with look-alikes of famous marks injected into a fifth of them.
 *
 * <p>Text is built from product words of ten categories and ordinary English words from the
 * engine's lexicon, so it has the vocabulary spread of real listings. Each injected look-alike is
 * recorded ({@link Injection}) with its kind, so recall can be measured per kind: insertion,
 * omission, repetition, replacement, transposition, vowel swap, digits or symbols, Cyrillic
 * letters, full-width letters, dotted spacing and a hyphen split. A tenth of the listings also
 * carry ordinary words one edit away from a famous mark ({@code nice} near NIKE), which must not be
 * reported. The same seed always gives the same corpus.
 */
public final class SyntheticListings {

  /** A look-alike written into listing {@code listing}. */
  public record Injection(int listing, String field, Mark mark, String kind, String written) {}

  /** The corpus and what was injected into it. */
  public record Corpus(List<Listing> listings, List<Injection> injections) {}

  static final String[] KINDS = {
    "insertion",
    "omission",
    "repetition",
    "replacement",
    "transposition",
    "vowelswap",
    "leet",
    "confusable",
    "fullwidth",
    "spacing",
    "split"
  };

  private static final String[][] CATEGORIES = {
    {"Shoes", "running shoes sneakers trainers mesh sole cushioned lace breathable lightweight"},
    {"Clothing, Shoes & Jewelry", "shirt cotton hoodie jacket fleece zip sleeve slim fit stretch"},
    {"Electronics", "wireless bluetooth headphones speaker charger battery cable noise bass"},
    {"Cell Phones & Accessories", "case phone screen protector magnetic shockproof clear grip"},
    {"Home & Kitchen", "stainless steel bottle tumbler insulated lid kitchen pan nonstick set"},
    {"Beauty & Personal Care", "serum cream moisturizer vitamin skin face hydrating gentle oil"},
    {"Toys & Games", "building blocks kids toy set pieces creative puzzle game figure"},
    {"Watches", "watch automatic dial strap steel chronograph waterproof quartz analog"},
    {"Sports & Outdoors", "yoga mat hiking backpack camping tent trekking poles fitness"},
    {"Tools & Home Improvement", "drill cordless driver bits wrench socket kit torque impact"}
  };

  private static final String[] HARD_NEGATIVES = {"nice", "bike", "like", "rolls", "pure", "omen"};

  private static final char[][] CYRILLIC = {
    {'a', 'а'}, {'e', 'е'}, {'o', 'о'}, {'p', 'р'}, {'c', 'с'}, {'x', 'х'}, {'i', 'і'}
  };

  private final String[] words;
  private final List<Mark> targets;
  private final Lexicon lexicon = Lexicon.english();

  public SyntheticListings() {
    this.words = loadWords();
    this.targets =
        SyntheticRegistry.targets().stream()
            .filter(m -> TextFolding.compactKey(m.name()).length() >= 5)
            .toList();
  }

  /** {@code count} listings from {@code seed}. */
  public Corpus generate(int count, long seed) {
    var random = new SplittableRandom(seed);
    var listings = new ArrayList<Listing>(count);
    var injections = new ArrayList<Injection>();
    for (int i = 0; i < count; i++) {
      String[] category = CATEGORIES[random.nextInt(CATEGORIES.length)];
      String[] product = category[1].split(" ");
      String brand =
          capitalise(SyntheticRegistry.coinedWord(random).toLowerCase(Locale.ROOT)) + "ix";
      String title = brand + " " + phrase(random, product, 10 + random.nextInt(8));
      var bullets = new ArrayList<String>();
      for (int b = 0; b < 5; b++) {
        bullets.add(phrase(random, product, 15 + random.nextInt(15)));
      }
      String description = sentence(random, product, 60 + random.nextInt(60));
      String searchTerms =
          phrase(random, product, 10 + random.nextInt(10)).toLowerCase(Locale.ROOT);
      if (random.nextInt(10) == 0) {
        description =
            description + " " + HARD_NEGATIVES[random.nextInt(HARD_NEGATIVES.length)] + " one.";
      }
      if (random.nextInt(5) == 0) {
        Mark mark = targets.get(random.nextInt(targets.size()));
        String kind = KINDS[random.nextInt(KINDS.length)];
        String written = disguise(mark.name(), kind, random);
        if (written != null) {
          int where = random.nextInt(10);
          String field;
          if (where < 4) {
            title = title.replaceFirst(" ", " " + written + " ");
            field = "title";
          } else if (where < 7) {
            int b = random.nextInt(bullets.size());
            bullets.set(b, "Works like " + written + " " + bullets.get(b));
            field = "bullet_points";
          } else {
            description = "Better than " + written + ". " + description;
            field = "description";
          }
          injections.add(new Injection(i, field, mark, kind, written));
        }
      }
      listings.add(
          Listing.builder()
              .row(i + 1)
              .line(i + 2)
              .sku(String.format("SYN-%07d", i + 1))
              .asin(String.format("B0%08X", i + 1))
              .title(title)
              .brand(brand)
              .bulletPoints(bullets)
              .description(description)
              .searchTerms(searchTerms)
              .price(String.format(Locale.ROOT, "%d.99", 5 + random.nextInt(200)))
              .currency("USD")
              .category(category[0])
              .marketplace("amazon.com")
              .build());
    }
    return new Corpus(listings, injections);
  }

  /**
   * The mark written as a look-alike of the given kind, or null when that kind does not apply (a
   * typo that happens to be an English word).
   */
  String disguise(String mark, String kind, SplittableRandom random) {
    String m = mark.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "");
    String word = m.contains(" ") ? m.substring(0, m.indexOf(' ')) : m;
    String rest = m.substring(word.length());
    if (word.length() < 4) {
      return null;
    }
    int p = 1 + random.nextInt(word.length() - 2);
    String w =
        switch (kind) {
          case "insertion" ->
              word.substring(0, p) + (char) ('a' + random.nextInt(26)) + word.substring(p);
          case "omission" -> word.substring(0, p) + word.substring(p + 1);
          case "repetition" -> word.substring(0, p) + word.charAt(p) + word.substring(p);
          case "replacement" -> replaceAt(word, p, (char) ('a' + random.nextInt(26)));
          case "transposition" ->
              word.charAt(p) == word.charAt(p + 1)
                  ? null
                  : word.substring(0, p)
                      + word.charAt(p + 1)
                      + word.charAt(p)
                      + word.substring(p + 2);
          case "vowelswap" -> vowelSwap(word, random);
          case "leet" -> leet(word);
          case "confusable" -> cyrillic(word);
          case "fullwidth" -> fullWidth(word);
          case "spacing" -> String.join(".", word.split(""));
          case "split" -> word.substring(0, p) + "-" + word.substring(p);
          default -> throw new IllegalArgumentException(kind);
        };
    if (w == null || w.equals(word)) {
      return null;
    }
    String folded = TextFolding.compactKey(w);
    if (!kind.equals("spacing")
        && !kind.equals("split")
        && !folded.equals(word)
        && lexicon.isOrdinaryPhrase(folded)) {
      return null;
    }
    return capitalise(w) + rest;
  }

  private static String replaceAt(String s, int i, char c) {
    return s.charAt(i) == c ? null : s.substring(0, i) + c + s.substring(i + 1);
  }

  private static String vowelSwap(String s, SplittableRandom random) {
    String vowels = "aeiou";
    for (int i = 1; i < s.length(); i++) {
      int v = vowels.indexOf(s.charAt(i));
      if (v >= 0) {
        return replaceAt(s, i, vowels.charAt((v + 1 + random.nextInt(4)) % 5));
      }
    }
    return null;
  }

  private static String leet(String s) {
    String from = "oieas";
    String to = "01345";
    for (int i = 0; i < s.length(); i++) {
      int k = from.indexOf(s.charAt(i));
      if (k >= 0) {
        return replaceAt(s, i, to.charAt(k));
      }
    }
    return null;
  }

  private static String cyrillic(String s) {
    for (int i = 0; i < s.length(); i++) {
      for (char[] pair : CYRILLIC) {
        if (s.charAt(i) == pair[0]) {
          return replaceAt(s, i, pair[1]);
        }
      }
    }
    return null;
  }

  private static String fullWidth(String s) {
    var sb = new StringBuilder();
    for (char c : s.toUpperCase(Locale.ROOT).toCharArray()) {
      sb.append((char) (c + 0xFEE0));
    }
    return sb.toString();
  }

  private String phrase(SplittableRandom random, String[] product, int length) {
    var sb = new StringBuilder();
    for (int k = 0; k < length; k++) {
      if (k > 0) {
        sb.append(' ');
      }
      String w =
          random.nextInt(3) == 0
              ? product[random.nextInt(product.length)]
              : words[random.nextInt(words.length)];
      sb.append(k == 0 ? capitalise(w) : w);
    }
    return sb.toString();
  }

  private String sentence(SplittableRandom random, String[] product, int length) {
    var sb = new StringBuilder();
    int left = length;
    while (left > 0) {
      int n = Math.min(left, 8 + random.nextInt(10));
      sb.append(phrase(random, product, n)).append(". ");
      left -= n;
    }
    return sb.toString().strip();
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The lexicon's words of 3 to 10 letters, as listing filler. */
  private static String[] loadWords() {
    var list = new ArrayList<String>();
    try (var in = Lexicon.class.getResourceAsStream("english-lexicon.txt.gz");
        var reader =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.length() >= 3 && line.length() <= 10) {
          list.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return list.toArray(new String[0]);
  }
}
