package com.clearmark.engine.patent;

import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Judges, element by element, whether a listing's text shows what a claim requires.
 *
 * <h2>The element's key content</h2>
 *
 * An element is read as a sequence of noun phrases joined by relation words ("attached", "to",
 * "extending", "through", "having", "wherein", adverbs in -ly...). Words after "the" or "said"
 * refer back to a part named earlier (its antecedent) and are not new content. The key content is
 * the first phrase with new content words: in "a lid removably attached to the body" it is "lid";
 * in "wherein the body is made of stainless steel" it is "stainless steel"; in "a carabiner loop
 * formed on the lid" it is "carabiner loop". A participle after a noun that starts a relation to
 * another part (followed by a relation word, an adverb, "the" or the element's end) ends the phrase
 * as a relation word does: in "a lid threaded onto the body" the key is "lid", not "lid threaded";
 * before the noun it stays a modifier ("a threaded lid"). Nouns ending in -ing or -ed ("housing",
 * "opening", "spring") are listed so they are never taken for participles. Its last word is the
 * head noun, the others its modifiers. A head noun that names the product itself ("body",
 * "housing", "container") may be met by the product noun of the preamble ("An insulated drinking
 * bottle comprising").
 *
 * <h2>The rule</h2>
 *
 * <ul>
 *   <li>{@link Shown#SHOWN} when one field (title, a bullet, the description) contains the head
 *       noun and at least three quarters of the phrase's words, within a window a few words wider
 *       than the phrase; words compare folded and stemmed, and a few synonyms count as the same
 *       word (lid, cap, cover; straw, sipper; carabiner, clip...). An element with a number (a
 *       range or dimension) is shown only when the field also states the number. The evidence is
 *       the smallest such window.
 *   <li>{@link Shown#CANNOT_JUDGE} when it is not shown and text could not show it: every step of a
 *       method claim (a listing shows a product, not what a buyer does with it); functional
 *       language ("configured to", "adapted to", "means for") before any feature is named; an
 *       element about an internal mechanism or connection ("inner", "vacuum", "gasket", "between",
 *       "coupled", "spring", "valve"...); a range or dimension the listing does not state.
 *   <li>{@link Shown#NOT_SHOWN} otherwise: the element names an observable feature that the text
 *       never mentions.
 * </ul>
 *
 * This is evidence for a person, not a finding of infringement: a listing that states "straw lid"
 * shows a straw, not that the straw extends through the lid as the claim says.
 *
 * <p>Cost: the listing is tokenised once (bounded by {@link ListingText}); each element costs its
 * word count times the occurrences of its words. Safe for concurrent use.
 */
public final class ClaimCoverage {

  private static final Set<String> RELATIONS =
      Set.of(
          "attached",
          "attach",
          "attaches",
          "coupled",
          "couple",
          "couples",
          "connected",
          "connect",
          "connects",
          "joined",
          "disposed",
          "positioned",
          "located",
          "mounted",
          "secured",
          "affixed",
          "fastened",
          "extending",
          "extend",
          "extends",
          "formed",
          "form",
          "forms",
          "defining",
          "define",
          "defines",
          "having",
          "has",
          "have",
          "including",
          "includes",
          "comprising",
          "comprises",
          "configured",
          "adapted",
          "operable",
          "arranged",
          "for",
          "to",
          "on",
          "onto",
          "in",
          "into",
          "within",
          "inside",
          "between",
          "through",
          "from",
          "at",
          "around",
          "along",
          "above",
          "below",
          "under",
          "over",
          "adjacent",
          "which",
          "that",
          "such",
          "so",
          "when",
          "wherein",
          "whereby",
          "being",
          "is",
          "are",
          "be",
          "made",
          "sized",
          "shaped",
          "with",
          "by",
          "via",
          "across",
          "about",
          "against",
          "toward",
          "towards",
          "capable",
          "means",
          "operatively",
          "providing",
          "provide");

  private static final Set<String> FUNCTIONAL =
      Set.of("configured", "adapted", "operable", "capable", "means", "operative");

  private static final Set<String> PHRASE_BREAKS = Set.of("a", "an", "and", "or", "one");

  private static final Set<String> INTERNAL =
      Set.of(
          "internal",
          "interior",
          "inner",
          "inside",
          "within",
          "between",
          "vacuum",
          "gap",
          "cavity",
          "chamber",
          "spring",
          "gasket",
          "seal",
          "valve",
          "bearing",
          "coupled",
          "connected",
          "engaged",
          "engaging",
          "engages",
          "biased",
          "biasing",
          "circuit",
          "processor",
          "controller",
          "sensor",
          "magnet",
          "detent",
          "pivotally",
          "threaded",
          "threads",
          "sealed",
          "sealing",
          "insulating",
          "layer");

  private static final Set<String> DIMENSIONS =
      Set.of(
          "mm",
          "cm",
          "inch",
          "inches",
          "ounce",
          "ounces",
          "oz",
          "ml",
          "liter",
          "liters",
          "litre",
          "degree",
          "degrees",
          "percent",
          "ratio",
          "diameter",
          "thickness",
          "range",
          "ranging",
          "width",
          "length",
          "height",
          "volume",
          "weight",
          "grams");

  /** Nouns that end in -ed, which {@link #isParticiple} must not take for participles. */
  private static final Set<String> ED_NOUNS = Set.of("bleed", "breed", "steed", "tweed", "shred");

  /** Nouns that end in -ing, common in claims, which are not participles. */
  private static final Set<String> ING_NOUNS =
      Set.of(
          "housing",
          "opening",
          "bearing",
          "casing",
          "coupling",
          "fitting",
          "lining",
          "spring",
          "string",
          "sling",
          "ceiling",
          "padding",
          "tubing",
          "filling",
          "packaging",
          "clothing",
          "bedding",
          "marking",
          "covering",
          "coating",
          "wiring",
          "railing",
          "mounting",
          "bushing",
          "tethering",
          "binding",
          "webbing",
          "stuffing",
          "stitching",
          "piping",
          "flooring",
          "seating",
          "siding",
          "decking",
          "building",
          "awning",
          "ring",
          "wing",
          "thing");

  private static final Set<String> PRODUCT_NOUNS =
      Set.of("body", "housing", "container", "vessel", "shell", "enclosure", "article");

  private static final Map<String, String> SYNONYMS = synonyms();

  private ClaimCoverage() {}

  private static Map<String, String> synonyms() {
    String[][] groups = {
      {"lid", "cap", "cover"},
      {"straw", "sipper"},
      {"handle", "grip"},
      {"loop", "ring"},
      {"carabiner", "clip"},
      {"bottle", "flask", "tumbler"},
      {"strap", "band", "lanyard"},
      {"spout", "nozzle"},
      {"bowl", "dish"},
      {"led", "light", "lamp"},
      {"magnetic", "magnet"},
      {"steel", "metal"},
    };
    var map = new HashMap<String, String>();
    for (String[] group : groups) {
      String canonical = ClaimWords.stem(group[0]);
      for (String w : group) {
        map.put(ClaimWords.stem(w), canonical);
      }
    }
    return Map.copyOf(map);
  }

  /** The canonical form a word is compared in: folded, stemmed, synonyms joined. */
  static String canonical(String folded) {
    String stem = ClaimWords.stem(folded);
    return SYNONYMS.getOrDefault(stem, stem);
  }

  /** Judges every element of {@code claim} against the listing's text. */
  public static Coverage judge(Claim claim, Listing listing) {
    return judge(claim, listing, claim.method());
  }

  /**
   * As {@link #judge(Claim, Listing)}, reading a method claim's steps as if they named parts: how
   * much of what a method uses the listing shows, for the note that a method claim is not infringed
   * by a sale.
   */
  static Coverage judgeAsThing(Claim claim, Listing listing) {
    return judge(claim, listing, false);
  }

  private static Coverage judge(Claim claim, Listing listing, boolean method) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(listing, "listing");
    var tok = new Tokenizer();
    List<FieldWords> fields = new ArrayList<>();
    for (ListingText.Field f : ListingText.fields(listing)) {
      fields.add(FieldWords.of(f, tok));
    }
    String productNoun = productNoun(claim.preamble(), tok);
    var out = new ArrayList<ElementCoverage>(claim.elements().size());
    for (ClaimElement element : claim.elements()) {
      out.add(
          method ? ElementCoverage.cannotJudge(element) : judge(element, fields, productNoun, tok));
    }
    return new Coverage(out);
  }

  private static ElementCoverage judge(
      ClaimElement element, List<FieldWords> fields, String productNoun, Tokenizer tok) {
    Element e = Element.read(element.text(), tok);
    if (e.key.isEmpty()) {
      return ElementCoverage.cannotJudge(element);
    }
    Evidence best = null;
    for (FieldWords f : fields) {
      Evidence ev = f.find(e.key, productNoun);
      if (ev != null && f.hasAll(e.numbers) && (best == null || ev.betterThan(best))) {
        best = ev.in(f.name);
      }
    }
    if (best != null) {
      return new ElementCoverage(element, Shown.SHOWN, best.field, best.start, best.end);
    }
    if (e.functionalFirst || e.internal || !e.numbers.isEmpty() || e.dimension) {
      return ElementCoverage.cannotJudge(element);
    }
    return ElementCoverage.notShown(element);
  }

  /**
   * The last content word of the preamble before its transition: "bottle" in "A bottle comprising".
   */
  private static String productNoun(String preamble, Tokenizer tok) {
    tok.reset(preamble);
    String noun = null;
    for (int t = 0; t < tok.size(); t++) {
      String w = tok.term(t);
      if (w.equals("comprising") || w.equals("consisting") || w.equals("including")) {
        break;
      }
      if (!ClaimWords.isStop(w) && !RELATIONS.contains(w) && tok.has(t, Tokenizer.HAS_LETTER)) {
        noun = canonical(w);
      }
    }
    return noun;
  }

  /** An element read into its key phrase and the signs that text cannot show it. */
  private record Element(
      List<String> key,
      List<String> numbers,
      boolean functionalFirst,
      boolean internal,
      boolean dimension) {

    static Element read(String text, Tokenizer tok) {
      tok.reset(text);
      List<String> key = new ArrayList<>();
      List<String> numbers = new ArrayList<>();
      boolean functionalFirst = false;
      boolean internal = false;
      boolean dimension = false;
      boolean antecedent = false;
      boolean keyClosed = false;
      for (int t = 0; t < tok.size(); t++) {
        String w = tok.term(t);
        internal |= INTERNAL.contains(w);
        dimension |= DIMENSIONS.contains(w);
        if (!tok.has(t, Tokenizer.HAS_LETTER)) {
          numbers.add(w);
          continue;
        }
        if (w.equals("the") || w.equals("said")) {
          antecedent = true;
          keyClosed |= !key.isEmpty();
          continue;
        }
        boolean relation =
            RELATIONS.contains(w)
                || isAdverb(w)
                || (!key.isEmpty() && isParticiple(w) && opensRelation(tok, t + 1));
        if (relation || PHRASE_BREAKS.contains(w)) {
          if (FUNCTIONAL.contains(w) && key.isEmpty()) {
            functionalFirst = true;
          }
          antecedent = false;
          keyClosed |= !key.isEmpty();
          continue;
        }
        if (antecedent || keyClosed || functionalFirst || ClaimWords.isStop(w) || w.length() < 2) {
          continue;
        }
        key.add(canonical(w));
      }
      return new Element(
          List.copyOf(key), List.copyOf(numbers), functionalFirst, internal, dimension);
    }
  }

  private static boolean isAdverb(String w) {
    return w.length() > 4 && w.endsWith("ly");
  }

  /**
   * Whether a word has the shape of a participle ("threaded", "molded", "folding"): ends in -ed or
   * -ing, and is not one of the nouns that end so ("housing", "opening", "spring", "bed").
   */
  static boolean isParticiple(String w) {
    if (w.length() >= 5 && w.endsWith("ed")) {
      return !ED_NOUNS.contains(w);
    }
    return w.length() >= 6 && w.endsWith("ing") && !ING_NOUNS.contains(w);
  }

  /**
   * Whether the token at {@code t} begins what follows a post-nominal participle: the end of the
   * element, a relation word, an adverb, an article or "the"/"said". In "a lid threaded onto the
   * body" the participle "threaded" is followed by "onto", so it starts a relation to another part
   * and is not part of the noun phrase; in "a threaded lid" it comes before the noun and stays a
   * modifier.
   */
  private static boolean opensRelation(Tokenizer tok, int t) {
    if (t >= tok.size()) {
      return true;
    }
    String next = tok.term(t);
    return RELATIONS.contains(next)
        || isAdverb(next)
        || PHRASE_BREAKS.contains(next)
        || next.equals("the")
        || next.equals("said");
  }

  private record Evidence(String field, int matched, int width, int start, int end) {
    boolean betterThan(Evidence other) {
      return matched != other.matched ? matched > other.matched : width < other.width;
    }

    Evidence in(String name) {
      return new Evidence(name, matched, width, start, end);
    }
  }

  /** One field's words in canonical form, with their offsets in the field's text. */
  private record FieldWords(String name, String[] words, int[] starts, int[] ends) {

    static FieldWords of(ListingText.Field field, Tokenizer tok) {
      tok.reset(field.text());
      int n = tok.size();
      String[] words = new String[n];
      int[] starts = new int[n];
      int[] ends = new int[n];
      for (int t = 0; t < n; t++) {
        words[t] = canonical(tok.term(t));
        starts[t] = tok.start(t);
        ends[t] = tok.end(t);
      }
      return new FieldWords(field.name(), words, starts, ends);
    }

    boolean hasAll(List<String> numbers) {
      for (String number : numbers) {
        if (!List.of(words).contains(number)) {
          return false;
        }
      }
      return true;
    }

    /**
     * The smallest window around an occurrence of the head noun that holds at least three quarters
     * of the phrase's words, or null.
     */
    Evidence find(List<String> key, String productNoun) {
      String head = key.get(key.size() - 1);
      boolean productHead = PRODUCT_NOUNS.contains(head) && productNoun != null;
      int needed = (key.size() * 3 + 3) / 4;
      int slack = key.size() + 6;
      Evidence best = null;
      for (int h = 0; h < words.length; h++) {
        if (!words[h].equals(head) && !(productHead && words[h].equals(productNoun))) {
          continue;
        }
        int from = h;
        int to = h;
        int matched = 1;
        for (int k = 0; k < key.size() - 1; k++) {
          int at = nearest(key.get(k), h, slack);
          if (at >= 0) {
            matched++;
            from = Math.min(from, at);
            to = Math.max(to, at);
          }
        }
        if (matched >= needed) {
          var ev = new Evidence(name, matched, to - from, starts[from], ends[to]);
          if (best == null || ev.betterThan(best)) {
            best = ev;
          }
        }
      }
      return best;
    }

    private int nearest(String word, int around, int slack) {
      for (int d = 1; d <= slack; d++) {
        if (around - d >= 0 && words[around - d].equals(word)) {
          return around - d;
        }
        if (around + d < words.length && words[around + d].equals(word)) {
          return around + d;
        }
      }
      return -1;
    }
  }
}
