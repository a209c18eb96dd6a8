package com.clearmark.engine.screening;

import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.text.Lexicon;
import com.clearmark.engine.text.TermTable;
import com.clearmark.engine.text.Tokenizer;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;

/**
 * What a catalogue says about its own words, learned in one pass before it is screened: which words
 * are brands of their own, and which are product words that many brands use.
 *
 * <p>A word one edit from a registered mark is a look-alike only when nothing else explains it. A
 * catalogue explains two kinds of word that no dictionary knows:
 *
 * <ul>
 *   <li><b>Brand words</b>: the words of the brands its listings are sold under (the brand field,
 *       or for a listing without one the capitalised words that open its title), counted per
 *       listing. A brand that {@value #ESTABLISHED_LISTINGS} or more listings are sold under is an
 *       established brand: COSCO is a sports brand in its own right, not a typo of CISCO.
 *   <li><b>Product words</b>: a word that appears in the title or bullets of listings of at least
 *       {@value #GENERIC_BRANDS} different brands is a word of the trade (ashwagandha, kurti,
 *       dupatta, shilajit), not one brand's coinage and not a typo of a mark.
 *   <li><b>Reference words</b>: a word that listings of many brands name, at least {@value
 *       #REFERENCE_BRANDS} and one in {@value #REFERENCE_SHARE} of the catalogue's brands, is how
 *       the trade refers to a platform, standard or component (Bluetooth speaker, Android phone): a
 *       mark used that way on other brands' goods is a reference to it, not a claim to be it.
 * </ul>
 *
 * <h2>Memory and work</h2>
 *
 * Words live in one {@link TermTable}; per word the profile keeps a listing count and a 64-bit
 * sketch of the brands using it (each brand sets the bit of its hash; linear counting estimates the
 * distinct brands from the bits set, exact for a few and within a few per cent up to about a
 * hundred), in flat arrays, so learning allocates nothing per token once the arrays have grown. At
 * most {@value #MAX_WORDS} distinct words are learned; later new words are ignored, which can only
 * make the profile explain less. Only the first {@value #MAX_TOKENS} tokens of each field are read,
 * so the work per listing is bounded. A built profile is immutable and safe to share between
 * threads.
 */
public final class CatalogueProfile {

  /** Listings a brand must be sold under to be an established brand. */
  static final int ESTABLISHED_LISTINGS = 3;

  /** Distinct brands that must use a word for it to be a product word. */
  static final int GENERIC_BRANDS = 3;

  /** Distinct brands that must name a mark for it to be a reference of the trade. */
  static final int REFERENCE_BRANDS = 6;

  /** The share of the catalogue's brands, one in this many, that must name a reference word. */
  static final int REFERENCE_SHARE = 1000;

  static final int MAX_WORDS = 2_000_000;
  static final int MAX_TOKENS = 64;

  /** The version of {@link Builder#writeTo}'s layout. */
  private static final int STATE_VERSION = 1;

  /** A bound on one word read back by {@link Builder#readFrom}, far above any token. */
  private static final int MAX_KEY_CHARS = 1 << 16;

  /** A profile that explains nothing, for screening a single listing. */
  public static final CatalogueProfile EMPTY = new Builder().build();

  private final TermTable words;
  private final int[] brandListings;
  private final int[] brandsUsing;
  private final int[] leadListings;
  private final int referenceBrands;

  private CatalogueProfile(
      TermTable words,
      int[] brandListings,
      int[] brandsUsing,
      int[] leadListings,
      int catalogueBrands) {
    this.words = words;
    this.brandListings = brandListings;
    this.brandsUsing = brandsUsing;
    this.leadListings = leadListings;
    this.referenceBrands = Math.max(REFERENCE_BRANDS, catalogueBrands / REFERENCE_SHARE);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Whether the folded word belongs to a brand that enough listings are sold under. */
  boolean isEstablishedBrandWord(char[] chars, int off, int len) {
    int id = words.get(chars, off, len);
    return id >= 0 && brandListings[id] >= ESTABLISHED_LISTINGS;
  }

  /** Whether the folded word is used by listings of enough different brands. */
  boolean isProductWord(char[] chars, int off, int len) {
    int id = words.get(chars, off, len);
    return id >= 0 && brandsUsing[id] >= GENERIC_BRANDS;
  }

  /** Whether a compact key (a mark's words joined) is a product word of this catalogue. */
  boolean isProductWord(String key) {
    char[] c = key.toCharArray();
    return isProductWord(c, 0, c.length);
  }

  /**
   * Whether listings of many brands name the compact key and none is sold under it (no brand field
   * or title opens with it): a platform, standard or component, as Bluetooth is.
   */
  boolean isReferenceWord(String key) {
    return isReferenceWord(words.get(key));
  }

  /** The same for one folded word of a mark written in several (wi and fi of Wi-Fi). */
  boolean isReferenceWord(char[] chars, int off, int len) {
    return isReferenceWord(words.get(chars, off, len));
  }

  private boolean isReferenceWord(int id) {
    // A reference is rarely what a listing is sold under: at most one listing in ten of those
    // naming it opens its title with it (an "HDMI Cable" does) or has it in its brand field.
    return id >= 0
        && brandsUsing[id] >= referenceBrands
        && (brandListings[id] + leadListings[id]) * 10 <= brandsUsing[id];
  }

  /** Distinct words learned, for messages. */
  public int size() {
    return words.size();
  }

  /** Learns a profile from listings added one at a time; not thread-safe. */
  public static final class Builder {
    private final Tokenizer tokens = new Tokenizer();
    private final Lexicon english = Lexicon.english();
    private final TermTable words = new TermTable();
    private int[] brandListings = new int[1024];
    private int[] leadListings = new int[1024];

    /** Per word, a linear-counting sketch of the brands that use it. */
    private long[] brandBits = new long[1024];

    private final HashSet<Integer> brands = new HashSet<>();
    private boolean built;

    private Builder() {}

    /** Learns from one listing. */
    public Builder add(Listing listing) {
      if (built) {
        throw new IllegalStateException("the profile was already built");
      }
      int brand = learnBrand(listing);
      if (brand == 0) {
        return this;
      }
      if (brands.size() < MAX_WORDS) {
        brands.add(brand);
      }
      learnTitle(listing.title(), brand);
      for (String bullet : listing.bulletPoints()) {
        learnWords(bullet, brand);
      }
      return this;
    }

    /** Counts the listing's brand words and returns a non-zero hash of its brand, or 0. */
    private int learnBrand(Listing listing) {
      boolean field = !listing.brand().isBlank();
      tokens.reset(field ? listing.brand() : listing.title());
      int n = Math.min(tokens.size(), field ? MAX_TOKENS : 3);
      int hash = 17;
      int taken = 0;
      for (int t = 0; t < n; t++) {
        if (!tokens.has(t, Tokenizer.HAS_LETTER)) {
          break;
        }
        if (!field && t > 0 && !isBrandLikeTitleWord(t)) {
          break;
        }
        int id = word(t);
        if (id >= 0 && brandListings[id] < Integer.MAX_VALUE) {
          brandListings[id]++;
        }
        hash = 31 * hash + tokens.hash(t);
        taken++;
      }
      return taken == 0 ? 0 : (hash == 0 ? 1 : hash);
    }

    /**
     * Learns the title in one tokenisation: the word it opens with, where a brand stands whatever
     * the brand field says, and its words as used by the brand.
     */
    private void learnTitle(String title, int brand) {
      if (title.isEmpty()) {
        return;
      }
      tokens.reset(title);
      for (int t = 0; t < Math.min(tokens.size(), 4); t++) {
        if (tokens.has(t, Tokenizer.HAS_LETTER)) {
          int id = word(t);
          if (id >= 0 && leadListings[id] < Integer.MAX_VALUE) {
            leadListings[id]++;
          }
          break;
        }
      }
      learnTokens(brand);
    }

    /** A capitalised word that is not ordinary English: the second word of Royal Canin. */
    private boolean isBrandLikeTitleWord(int t) {
      return tokens.has(t, Tokenizer.UPPER_FIRST)
          && !english.containsWord(tokens.buffer(), tokens.normStart(t), tokens.normLength(t));
    }

    private void learnWords(String text, int brand) {
      if (text.isEmpty()) {
        return;
      }
      tokens.reset(text);
      learnTokens(brand);
    }

    /** Records the brand against every word of the text tokenised last. */
    private void learnTokens(int brand) {
      int n = Math.min(tokens.size(), MAX_TOKENS);
      for (int t = 0; t < n; t++) {
        if (tokens.normLength(t) < 2 || !tokens.has(t, Tokenizer.HAS_LETTER)) {
          continue;
        }
        int id = word(t);
        if (id >= 0) {
          brandBits[id] |= 1L << (mix(brand) & 63);
        }
      }
    }

    private int word(int t) {
      char[] buf = tokens.buffer();
      int off = tokens.normStart(t);
      int len = tokens.normLength(t);
      int id = words.getHashed(buf, off, len, tokens.hash(t));
      if (id >= 0) {
        return id;
      }
      if (words.size() >= MAX_WORDS) {
        return -1;
      }
      id = words.add(buf, off, len);
      grow(id);
      return id;
    }

    private void grow(int id) {
      if (id >= brandListings.length) {
        brandListings = Arrays.copyOf(brandListings, brandListings.length * 2);
        leadListings = Arrays.copyOf(leadListings, brandListings.length);
        brandBits = Arrays.copyOf(brandBits, brandListings.length);
      }
    }

    /**
     * Adds what another builder learned, as if its listings had been added to this one: per word
     * the listing counts add up (saturating), the brand sketches are OR-ed, and the sets of brands
     * unite. Nothing in learning depends on the order of listings while fewer than {@value
     * #MAX_WORDS} words are known, so parts of a catalogue learned apart (one per Spark partition)
     * and merged give the same profile as one pass over the whole file. Past that bound, which
     * words are kept depends on the order of merging, which can only make the profile explain less.
     */
    public Builder merge(Builder other) {
      if (built || other.built) {
        throw new IllegalStateException("the profile was already built");
      }
      char[] key = new char[16];
      for (int o = 0; o < other.words.size(); o++) {
        int len = other.words.keyLength(o);
        if (len > key.length) {
          key = new char[Math.max(len, key.length * 2)];
        }
        other.words.copyKey(o, key);
        int id = words.get(key, 0, len);
        if (id < 0) {
          if (words.size() >= MAX_WORDS) {
            continue;
          }
          id = words.add(key, 0, len);
          grow(id);
        }
        brandListings[id] = saturated(brandListings[id], other.brandListings[o]);
        leadListings[id] = saturated(leadListings[id], other.leadListings[o]);
        brandBits[id] |= other.brandBits[o];
      }
      for (Integer brand : other.brands) {
        if (brands.size() >= MAX_WORDS) {
          break;
        }
        brands.add(brand);
      }
      return this;
    }

    private static int saturated(int a, int b) {
      long sum = (long) a + b;
      return sum > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) sum;
    }

    /**
     * Writes what was learned so far, to be read back with {@link #readFrom} and merged elsewhere:
     * a version, the words with their two counts and sketch, then the brand hashes.
     */
    public void writeTo(DataOutput out) throws IOException {
      out.writeInt(STATE_VERSION);
      int n = words.size();
      out.writeInt(n);
      char[] key = new char[16];
      for (int id = 0; id < n; id++) {
        int len = words.keyLength(id);
        if (len > key.length) {
          key = new char[Math.max(len, key.length * 2)];
        }
        words.copyKey(id, key);
        out.writeInt(len);
        for (int i = 0; i < len; i++) {
          out.writeChar(key[i]);
        }
        out.writeInt(brandListings[id]);
        out.writeInt(leadListings[id]);
        out.writeLong(brandBits[id]);
      }
      out.writeInt(brands.size());
      for (Integer brand : brands) {
        out.writeInt(brand);
      }
    }

    /**
     * Reads a builder written by {@link #writeTo}.
     *
     * @throws IOException when the bytes are not a builder's state of this version
     */
    public static Builder readFrom(DataInput in) throws IOException {
      if (in.readInt() != STATE_VERSION) {
        throw new IOException("not a catalogue profile's state of version " + STATE_VERSION);
      }
      var b = new Builder();
      int n = in.readInt();
      if (n < 0 || n > MAX_WORDS) {
        throw new IOException("a catalogue profile's state with " + n + " words");
      }
      char[] key = new char[16];
      for (int w = 0; w < n; w++) {
        int len = in.readInt();
        if (len < 0 || len > MAX_KEY_CHARS) {
          throw new IOException("a catalogue word of " + len + " characters");
        }
        if (len > key.length) {
          key = new char[Math.max(len, key.length * 2)];
        }
        for (int i = 0; i < len; i++) {
          key[i] = in.readChar();
        }
        int id = b.words.add(key, 0, len);
        b.grow(id);
        b.brandListings[id] = in.readInt();
        b.leadListings[id] = in.readInt();
        b.brandBits[id] = in.readLong();
      }
      int brandCount = in.readInt();
      if (brandCount < 0 || brandCount > MAX_WORDS) {
        throw new IOException("a catalogue profile's state with " + brandCount + " brands");
      }
      for (int i = 0; i < brandCount; i++) {
        b.brands.add(in.readInt());
      }
      return b;
    }

    /** Spreads a brand hash over the sketch's bits (the finaliser of MurmurHash3). */
    private static int mix(int h) {
      h ^= h >>> 16;
      h *= 0x85ebca6b;
      h ^= h >>> 13;
      h *= 0xc2b2ae35;
      h ^= h >>> 16;
      return h;
    }

    /**
     * The distinct brands a sketch has seen: exact while few bits collide, then the linear counting
     * estimate {@code -64 ln(empty / 64)}.
     */
    private static int distinct(long bits) {
      int ones = Long.bitCount(bits);
      if (ones < 8) {
        return ones;
      }
      if (ones == 64) {
        return 64 * 5;
      }
      return (int) Math.round(-64 * Math.log((64.0 - ones) / 64.0));
    }

    /** The profile learned so far; the builder cannot be used afterwards. */
    public CatalogueProfile build() {
      built = true;
      int n = words.size();
      int[] listings = Arrays.copyOf(brandListings, Math.max(n, 1));
      int[] using = new int[Math.max(n, 1)];
      for (int id = 0; id < n; id++) {
        using[id] = distinct(brandBits[id]);
      }
      return new CatalogueProfile(
          words, listings, using, Arrays.copyOf(leadListings, Math.max(n, 1)), brands.size());
    }
  }
}
