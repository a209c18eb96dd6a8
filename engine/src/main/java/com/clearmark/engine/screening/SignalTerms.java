package com.clearmark.engine.screening;

import com.clearmark.engine.text.TermTable;
import com.clearmark.engine.text.Tokenizer;
import java.util.ArrayList;
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
      "1:1",
      "aaa quality",
      "aaa grade",
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

  private final TermTable words = new TermTable();
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
      return gapTo - gapFrom <= 3 && text.substring(gapFrom, gapTo).strip().equals(":");
    }
    return true;
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
