package com.clearmark.engine.screening;

import com.clearmark.engine.text.TermTable;
import com.clearmark.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;

/**
 * The words that change a verdict: counterfeit signals, piracy signals, compatibility cues, and the
 * words that make them innocent ({@code AAA batteries}, {@code faux leather}).
 *
 * <p>Each phrase is a sequence of folded words. The words of all phrases share one {@link
 * TermTable}; a field's tokens are mapped to word ids once ({@link #wordIds}) and phrases are then
 * matched as int sequences, so matching allocates nothing per token.
 */
final class SignalTerms {

  enum Kind {
    /** A counterfeit signal whatever its neighbours: replica, super copy, 1:1. */
    COUNTERFEIT_STRONG,
    /** A counterfeit signal only next to a mark: dupe, fake, inspired by. */
    COUNTERFEIT_NEAR_MARK,
    /**
     * A grade that sells copies when the listing names a brand ("Michael Kors tote, AAA quality")
     * and grades beads, gems or food when it does not ("AAA grade rudraksha").
     */
    COUNTERFEIT_GRADE,
    /** Counterfeit only right after a mark: "Gucci style". */
    STYLE,
    /** Pirated software or media next to a mark: cracked, lifetime activation. */
    PIRACY,
    /** A licence key or code, a piracy signal when cheap. */
    LICENCE_KEY,
    /**
     * Introduces a compatibility statement (compatible with, for, fits) or a disclaimer (not
     * endorsed by): a nominative use of the mark.
     */
    COMPATIBILITY
  }

  record Phrase(String text, Kind kind, int[] words) {}

  private static final String[][] PHRASES = {
    {
      "COUNTERFEIT_STRONG",
      "replica",
      "replicas",
      "knockoff",
      "knockoffs",
      "knock off",
      "knock offs",
      "bootleg",
      "super copy",
      "mirror quality",
      "mirror grade",
      "mirror copy",
      "high copy",
      "first copy",
      "master copy",
      "clone",
      "1:1",
      "aaa replica",
      "top quality replica",
      "unauthorized copy",
      "unauthorised copy",
      "counterfeit"
    },
    {
      "COUNTERFEIT_NEAR_MARK",
      "dupe",
      "dupes",
      "fake",
      "fakes",
      "faux",
      "imitation",
      "look alike",
      "lookalike",
      "designer inspired",
      "inspired by",
      "inspired"
    },
    {"COUNTERFEIT_GRADE", "aaa quality", "aaa grade", "aaa+ quality", "grade aaa"},
    {"STYLE", "style", "styled", "type"},
    {
      "PIRACY",
      "cracked",
      "keygen",
      "lifetime activation",
      "pre activated",
      "preactivated",
      "full version",
      "lifetime license",
      "lifetime licence",
      "activator",
      "games in 1",
      "in 1 game card",
      "films on usb",
      "movies on usb",
      "episodes on usb",
      "series on usb",
      "collection usb",
      "collection on usb"
    },
    {
      "LICENCE_KEY",
      "license key",
      "licence key",
      "product key",
      "activation key",
      "activation code",
      "serial key",
      "cd key",
      "retail key",
      "license code",
      "licence code",
      "membership code",
      "subscription code"
    },
    {
      "COMPATIBILITY",
      "compatible",
      "for",
      "fits",
      "fit",
      "replacement",
      "replaces",
      "works with",
      "designed for",
      "made for",
      "suitable",
      "use with",
      "to fit",
      "endorsed by",
      "affiliated with",
      "sponsored by",
      "associated with",
      "authorized by",
      "authorised by",
      "not made by",
      "not manufactured by",
      "not produced by"
    },
  };

  /** Words after which faux, fake or imitation describe a material or product type. */
  private static final String[] MATERIALS = {
    "leather",
    "fur",
    "suede",
    "pearl",
    "pearls",
    "jewellery",
    "jewelry",
    "plant",
    "plants",
    "flower",
    "flowers",
    "grass",
    "snow",
    "wood",
    "marble",
    "silk",
    "diamond",
    "diamonds",
    "gold",
    "stone",
    "stones",
    "eyelashes",
    "lashes",
    "nails",
    "tan",
    "ivy",
    "shearling",
    "sheepskin",
    "croc",
    "crocodile",
    "snakeskin",
    "ostrich",
    "fireplace",
    "brick",
    "tree",
    "trees",
    "candles",
    "succulents",
    "leaves",
    "vine",
    "vines",
    "greenery",
    "ficus",
    "fern",
    "eucalyptus"
  };

  /**
   * Words after which a strong term is ordinary: AAA as a battery size, cracked as damage, 1:1 as a
   * scale.
   */
  private static final String[] INNOCENT_AFTER = {
    "battery",
    "batteries",
    "alkaline",
    "cell",
    "cells",
    "rechargeable",
    "size",
    "lithium",
    "nimh",
    "screen",
    "glass",
    "lens",
    "case",
    "heels",
    "skin",
    "scale",
    "ratio",
    "aspect"
  };

  /** Words after which AAA grades a gem or a food, not a copy: AAA grade cubic zirconia. */
  private static final String[] GRADED = {
    "cubic",
    "zirconia",
    "cz",
    "gemstone",
    "gemstones",
    "pearl",
    "pearls",
    "diamond",
    "diamonds",
    "sapphire",
    "ruby",
    "emerald",
    "moissanite",
    "amethyst",
    "beef",
    "wagyu",
    "tuna",
    "maple",
    "syrup",
    "eggs"
  };

  /** Cue words that tell how a mark next to them is used, each set named after its role. */
  enum Cue {
    /**
     * After a mark, a platform, standard or component the goods work with or contain: Android TV,
     * Google Assistant, Intel Core, Dolby Audio, Wear OS.
     */
    PLATFORM_AFTER(
        "tv",
        "assistant",
        "os",
        "inside",
        "certified",
        "enabled",
        "built",
        "processor",
        "cpu",
        "gpu",
        "core",
        "chip",
        "chipset",
        "sensor",
        "audio",
        "atmos",
        "vision",
        "app",
        "apps",
        "play",
        "voice",
        "ready",
        "support",
        "supported",
        "technology",
        "tech",
        "platform",
        "cast",
        "connect",
        "connectivity",
        "compatible",
        "store",
        "prime",
        "music",
        "video",
        "pay",
        "wallet",
        "cloud",
        "integration",
        "skill",
        "skills"),
    /** Before a mark, a statement that the goods run on or contain it: powered by, built-in. */
    PLATFORM_BEFORE("powered", "inbuilt", "builtin", "supports", "supporting", "via"),
    /**
     * Before {@code by}, a service rather than a maker: fulfilled by, sold by, shipped by, so that
     * "Fulfilled by Amazon" does not say Amazon made the goods.
     */
    SERVICE_BY(
        "fulfilled",
        "fulfilment",
        "fulfillment",
        "sold",
        "shipped",
        "ships",
        "dispatched",
        "delivered",
        "distributed",
        "imported",
        "packed",
        "powered"),
    /**
     * Before {@code by}, a claim about the mark rather than a maker: inspired by, endorsed by,
     * which the counterfeit and compatibility rules judge.
     */
    CLAIM_BY(
        "inspired",
        "endorsed",
        "sponsored",
        "authorized",
        "authorised",
        "affiliated",
        "associated",
        "recommended",
        "approved",
        "used",
        "loved",
        "trusted",
        "designed"),
    /** Words that introduce the maker: "Anchor by Panasonic", "Tide from P&amp;G". */
    MAKER("by", "from"),
    /** After a mark, a statement that it is the maker: "Amazon Brand - Solimo". */
    BRAND_WORD("brand", "brands"),
    /** Brand-field values that name no brand. */
    NO_BRAND(
        "generic",
        "unbranded",
        "unknown",
        "none",
        "na",
        "oem",
        "brandless",
        "nobrand",
        "no",
        "brand",
        "other",
        "others",
        "various",
        "assorted",
        "local",
        "imported",
        "handmade"),
    /** Leading words of a title that stand before its brand: (Renewed), Refurbished. */
    TITLE_PREFIX(
        "renewed",
        "refurbished",
        "certified",
        "pre",
        "owned",
        "used",
        "new",
        "original",
        "genuine",
        "official",
        "the"),
    /**
     * After a mark, an aftermarket product: "Honda Replacement Key Shell" puts the car maker's name
     * where the maker of the part goes, where "for Honda" would not.
     */
    AFTERMARKET(
        "replacement",
        "replacements",
        "spare",
        "spares",
        "parts",
        "part",
        "refill",
        "refills",
        "compatible",
        "accessories",
        "accessory",
        "aftermarket",
        "case",
        "cases",
        "cover",
        "covers",
        "charger",
        "chargers",
        "cable",
        "cables",
        "strap",
        "straps",
        "band",
        "bands",
        "protector",
        "adapter",
        "remote",
        "skin",
        "skins",
        "holder",
        "mount",
        "stand",
        "dock"),
    /** Before a mark, a comparison with it: "like Dove", "better than Nike", "vs Rolex". */
    COMPARATIVE(
        "like", "vs", "versus", "than", "alternative", "similar", "compared", "comparable", "as"),
    /**
     * Words inside a list of models after a compatibility cue: "for iPhone 14 Pro/13 Mini and 12",
     * so that one cue covers the whole list.
     */
    MODEL_LIST(
        "and",
        "or",
        "pro",
        "max",
        "plus",
        "mini",
        "ultra",
        "lite",
        "series",
        "gen",
        "generation",
        "se",
        "air",
        "fold",
        "flip",
        "note",
        "edge",
        "neo",
        "prime",
        "inch",
        "inches",
        "mm",
        "all",
        "other",
        "models",
        "model",
        "new",
        "old",
        "version");

    private final String[] words;

    Cue(String... words) {
      this.words = words;
    }
  }

  private final TermTable words = new TermTable();
  private final EnumMap<Cue, BitSet> cues = new EnumMap<>(Cue.class);
  private final List<Phrase> phrases = new ArrayList<>();
  private final boolean[] material;
  private final boolean[] innocentAfter;
  private final boolean[] graded;

  SignalTerms() {
    for (String[] group : PHRASES) {
      Kind kind = Kind.valueOf(group[0]);
      for (int i = 1; i < group.length; i++) {
        phrases.add(new Phrase(group[i], kind, ids(group[i])));
      }
    }
    for (String m : MATERIALS) {
      ids(m);
    }
    for (String m : INNOCENT_AFTER) {
      ids(m);
    }
    for (String m : GRADED) {
      ids(m);
    }
    for (Cue cue : Cue.values()) {
      var set = new BitSet();
      for (String w : cue.words) {
        set.set(ids(w)[0]);
      }
      cues.put(cue, set);
    }
    var starting = new ArrayList<List<Phrase>>();
    for (int w = 0; w < words.size(); w++) {
      starting.add(new ArrayList<>());
    }
    for (Phrase p : phrases) {
      starting.get(p.words()[0]).add(p);
    }
    byFirstWord = new Phrase[words.size()][];
    for (int w = 0; w < words.size(); w++) {
      byFirstWord[w] = starting.get(w).toArray(NO_PHRASES);
    }
    material = new boolean[words.size()];
    innocentAfter = new boolean[words.size()];
    graded = new boolean[words.size()];
    for (String m : GRADED) {
      graded[words.get(m)] = true;
    }
    for (String m : MATERIALS) {
      material[words.get(m)] = true;
    }
    for (String m : INNOCENT_AFTER) {
      innocentAfter[words.get(m)] = true;
    }
  }

  private int[] ids(String phrase) {
    var tokens = new Tokenizer();
    tokens.reset(phrase);
    int[] ids = new int[tokens.size()];
    for (int t = 0; t < tokens.size(); t++) {
      ids[t] = words.add(tokens.buffer(), tokens.normStart(t), tokens.normLength(t));
    }
    return ids;
  }

  List<Phrase> phrases() {
    return phrases;
  }

  private static final Phrase[] NO_PHRASES = {};

  /** Per word id, the phrases that start with it; built once, so a token costs one array read. */
  private Phrase[][] byFirstWord;

  /** The phrases whose first word has the id, for matching without scanning every phrase. */
  Phrase[] phrasesStartingWith(int wordId) {
    return wordId >= 0 && wordId < byFirstWord.length ? byFirstWord[wordId] : NO_PHRASES;
  }

  /**
   * Fills {@code out[t]} with the word id of token t, or -1; returns {@code out} or a larger one.
   */
  int[] wordIds(Tokenizer tokens, int[] out) {
    int n = tokens.size();
    if (out.length < n) {
      out = new int[Math.max(n, out.length * 2)];
    }
    for (int t = 0; t < n; t++) {
      out[t] =
          words.getHashed(
              tokens.buffer(), tokens.normStart(t), tokens.normLength(t), tokens.hash(t));
    }
    return out;
  }

  /** Whether the phrase matches at token {@code t}; {@code text} checks the colon of 1:1. */
  boolean matches(Phrase p, int[] ids, int n, int t, Tokenizer tokens, String text) {
    if (t + p.words().length > n) {
      return false;
    }
    for (int k = 0; k < p.words().length; k++) {
      if (ids[t + k] != p.words()[k]) {
        return false;
      }
    }
    if (p.text().equals("1:1")) {
      int gapFrom = tokens.end(t);
      int gapTo = tokens.start(t + 1);
      // A ratio of several parts (3:1:1, 1:1:1) or a time is not a copy's claim of sameness.
      int before = tokens.start(t) - 1;
      int after = tokens.end(t + 1);
      boolean inRatio =
          (before >= 0 && (text.charAt(before) == ':' || Character.isDigit(text.charAt(before))))
              || (after < text.length() && text.charAt(after) == ':');
      return !inRatio && gapTo - gapFrom <= 3 && text.substring(gapFrom, gapTo).strip().equals(":");
    }
    return true;
  }

  /** Whether the word id is one of the cue's words. */
  boolean is(Cue cue, int wordId) {
    return wordId >= 0 && cues.get(cue).get(wordId);
  }

  /** The word id of a single folded word, or -1. */
  int id(char[] chars, int off, int len) {
    return words.get(chars, off, len);
  }

  boolean isMaterial(int wordId) {
    return wordId >= 0 && wordId < material.length && material[wordId];
  }

  /** Whether the word after the phrase makes it ordinary ("AAA batteries", "cracked screen"). */
  boolean isInnocentAfter(Phrase p, int wordId) {
    if (wordId < 0 || wordId >= innocentAfter.length) {
      return false;
    }
    return innocentAfter[wordId] || (p.text().startsWith("aaa") && graded[wordId]);
  }
}
