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
 * bottle comprising"); the list is compared in canonical (stemmed) form, as heads are. A comma or a
 * bracket also ends the phrase ("compartments, each compartment sized..."), and "each" after the
 * key refers back like "the". A word in -ly is an adverb only before a participle, a relation word
 * or the end ("removably attached"); before a noun it is a modifier ("seven daily cases"). A
 * one-letter word after a word of the phrase names a variant and stays ("vitamin C", "USB-C");
 * before it, it is notation listings drop ("L-citrulline" sold as "Citrulline").
 *
 * <h2>Limitations</h2>
 *
 * The phrases after the key are limitations, each read by the word that introduces it:
 *
 * <ul>
 *   <li>after "having", "with", "including", "comprising", "defining", "containing", "wherein": a
 *       feature text can state ("a body having a double wall"). It must be found (by the same
 *       window rule) in some field, or the element is {@link Shown#NOT_SHOWN}; one naming an
 *       internal part ("a vacuum") is judged as the next kind;
 *   <li>after a position ("on a back of the shell"), and a post-nominal participle itself ("a lid
 *       threaded onto"): where and how parts join, which listings rarely state; not found, the
 *       element is at most {@link Shown#CANNOT_JUDGE};
 *   <li>after "for", "to", "configured", "so that"...: a purpose, not judged;
 *   <li>"free of X", "X-free", "without X": a negative limitation. Met when a field names X next to
 *       "free", "no", "without", "zero" or "non"; contradicted ({@link Shown#NOT_SHOWN}) when X is
 *       named only plainly ("Caffeine" against "free of caffeine"); otherwise cannot be judged.
 * </ul>
 *
 * Phrases joined by "or" are alternatives: one found is enough. At most {@value #MAX_LIMITS}
 * limitations of {@value #MAX_LIMIT_WORDS} words are read per element.
 *
 * <h2>The claimed article</h2>
 *
 * The preamble's key phrase ("A liquid dietary supplement comprising") is the claimed article,
 * reported as {@link Coverage#subject()}. Class nouns ("supplement", "composition", "kit") are
 * dropped, since a listing of drops rarely calls itself a supplement; of the remaining words at
 * least half must occur in one field ("liquid"). Product forms exclude each other (liquid or drops,
 * powder, capsules or tablets, gummies or chews): a preamble claiming one form is contradicted by a
 * listing naming only forms of other groups. A contradicted or absent article is {@link
 * Shown#NOT_SHOWN}, and {@link PatentCheck} makes no finding on it. Method claims have no article
 * judged.
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
 *   <li>{@link Shown#CANNOT_JUDGE} when it is not shown and text could not show it, or its key is
 *       shown but a limitation text rarely states is not: every step of a method claim (a listing
 *       shows a product, not what a buyer does with it); functional language ("configured to",
 *       "adapted to", "means for") before any feature is named; an element about an internal
 *       mechanism or connection ("inner", "vacuum", "gasket", "between", "coupled", "spring",
 *       "valve"...); a range or dimension the listing does not state.
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
          "provide",
          "containing",
          "contains",
          "contain");

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

  private static final Map<String, String> SYNONYMS = synonyms();

  /** Head nouns that name the product itself, in canonical form ("housing" as "hous"). */
  private static final Set<String> PRODUCT_NOUNS =
      canonicalSet("body", "housing", "container", "vessel", "shell", "enclosure", "article");

  /**
   * Preamble head nouns that name a class, not an article: a listing of drops rarely calls itself a
   * "supplement", so the preamble's other words must say what the listing is.
   */
  private static final Set<String> CLASS_NOUNS =
      canonicalSet(
          "supplement",
          "composition",
          "formulation",
          "combination",
          "product",
          "kit",
          "set",
          "article",
          "item");

  /** Product forms that exclude each other, as bits: liquid, powder, capsule or tablet, gummy. */
  private static final Map<String, Integer> FORMS = forms();

  /** Relation words after which the next phrase is a feature the element requires. */
  private static final Set<String> CONTENT_INTRODUCERS =
      Set.of(
          "having",
          "has",
          "have",
          "with",
          "including",
          "includes",
          "comprising",
          "comprises",
          "containing",
          "contains",
          "contain",
          "defining",
          "define",
          "defines",
          "wherein");

  /** Relation words after which the phrase states a purpose or result, not a feature. */
  private static final Set<String> PURPOSE_INTRODUCERS =
      Set.of(
          "for",
          "to",
          "configured",
          "adapted",
          "operable",
          "capable",
          "means",
          "so",
          "such",
          "that",
          "which",
          "when",
          "whereby",
          "providing",
          "provide",
          "sized",
          "shaped");

  /** Verbs of a clause ("wherein the body is made of steel") that keep the clause's kind. */
  private static final Set<String> CLAUSE_VERBS = Set.of("is", "are", "be", "being", "made");

  /** Negating words near a named thing that state its absence ("caffeine free", "no sugar"). */
  private static final Set<String> NEGATORS = Set.of("free", "without", "no", "zero", "non");

  /** At most this many limitations are read from one element, of at most this many words. */
  static final int MAX_LIMITS = 8;

  static final int MAX_LIMIT_WORDS = 8;

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

  private static Set<String> canonicalSet(String... words) {
    var out = new java.util.HashSet<String>();
    for (String w : words) {
      out.add(canonical(w));
    }
    return Set.copyOf(out);
  }

  private static Map<String, Integer> forms() {
    String[][] groups = {
      {"liquid", "drop", "drops", "syrup", "tincture"},
      {"powder", "powdered"},
      {"capsule", "capsules", "tablet", "tablets", "softgel", "softgels", "caplet", "caplets"},
      {"gummy", "gummies", "chew", "chews", "chewable"},
    };
    var map = new HashMap<String, Integer>();
    for (int g = 0; g < groups.length; g++) {
      for (String w : groups[g]) {
        map.put(ClaimWords.stem(w), 1 << g);
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
          method
              ? ElementCoverage.cannotJudge(element)
              : judge(element, claim.method(), fields, productNoun, tok));
    }
    ElementCoverage subject = claim.method() ? null : subject(claim, fields, tok);
    return new Coverage(out, subject);
  }

  /**
   * Whether the listing is the article the claim's preamble claims (class Javadoc, "The claimed
   * article"); null when the preamble names nothing to judge.
   */
  private static ElementCoverage subject(Claim claim, List<FieldWords> fields, Tokenizer tok) {
    if (claim.preamble().isEmpty()) {
      return null;
    }
    Element e = Element.read(claim.preamble(), false, tok);
    List<String> words = new ArrayList<>(e.key.size());
    for (String w : e.key) {
      if (!CLASS_NOUNS.contains(w)) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    var element = new ClaimElement(0, claim.preamble());
    if (formContradicted(words, fields)) {
      return ElementCoverage.notShown(element);
    }
    int needed = (words.size() + 1) / 2;
    FieldWords bestField = null;
    int bestCount = 0;
    for (FieldWords f : fields) {
      int count = 0;
      for (String w : words) {
        if (f.indexOf(w) >= 0) {
          count++;
        }
      }
      if (count > bestCount) {
        bestField = f;
        bestCount = count;
      }
    }
    if (bestField == null || bestCount < needed) {
      return ElementCoverage.notShown(element);
    }
    int from = Integer.MAX_VALUE;
    int to = 0;
    for (String w : words) {
      int at = bestField.indexOf(w);
      if (at >= 0) {
        from = Math.min(from, bestField.starts[at]);
        to = Math.max(to, bestField.ends[at]);
      }
    }
    return new ElementCoverage(element, Shown.SHOWN, bestField.name, from, to);
  }

  /**
   * Whether the preamble claims a product form (liquid, powder, capsule or tablet, gummy) and the
   * listing names only forms of other groups: a listing of capsules is not a liquid supplement.
   */
  private static boolean formContradicted(List<String> subject, List<FieldWords> fields) {
    int claimed = 0;
    for (String w : subject) {
      claimed |= FORMS.getOrDefault(w, 0);
    }
    if (claimed == 0) {
      return false;
    }
    int listed = 0;
    for (FieldWords f : fields) {
      for (String w : f.words) {
        listed |= FORMS.getOrDefault(w, 0);
      }
    }
    return listed != 0 && (listed & claimed) == 0;
  }

  private static ElementCoverage judge(
      ClaimElement element,
      boolean step,
      List<FieldWords> fields,
      String productNoun,
      Tokenizer tok) {
    Element e = Element.read(element.text(), step, tok);
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
    if (best == null) {
      if (e.functionalFirst || e.internal || !e.numbers.isEmpty() || e.dimension) {
        return ElementCoverage.cannotJudge(element);
      }
      return ElementCoverage.notShown(element);
    }
    Shown verdict = Shown.SHOWN;
    for (int i = 0; i < e.limits.size(); ) {
      int end = i + 1;
      while (end < e.limits.size() && e.limits.get(end).orPrevious) {
        end++;
      }
      Shown group = Shown.NOT_SHOWN;
      for (int k = i; k < end && group != Shown.SHOWN; k++) {
        Shown one = e.limits.get(k).judge(fields);
        if (one == Shown.SHOWN || group == Shown.NOT_SHOWN) {
          group = one;
        }
      }
      if (group == Shown.NOT_SHOWN) {
        return ElementCoverage.notShown(element);
      }
      if (group == Shown.CANNOT_JUDGE) {
        verdict = Shown.CANNOT_JUDGE;
      }
      i = end;
    }
    if (verdict == Shown.CANNOT_JUDGE) {
      return ElementCoverage.cannotJudge(element);
    }
    return new ElementCoverage(element, Shown.SHOWN, best.field, best.start, best.end);
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

  /** How a limitation after the key phrase is judged (class Javadoc, "Limitations"). */
  private enum Kind {
    /** A feature the text can state: not stated means the element is not shown. */
    CONTENT,
    /** A position, manner of connection or internal part: not stated means cannot be judged. */
    SOFT,
    /** "free of X", "X-free", "without X": X named plainly contradicts it. */
    NEGATIVE
  }

  /** A limitation phrase; {@code orPrevious} when it is an alternative ("water or coffee"). */
  private record Limit(List<String> words, Kind kind, boolean orPrevious) {

    Shown judge(List<FieldWords> fields) {
      if (kind == Kind.NEGATIVE) {
        return judgeNegative(fields);
      }
      for (FieldWords f : fields) {
        if (f.find(words, null) != null) {
          return Shown.SHOWN;
        }
      }
      return kind == Kind.CONTENT ? Shown.NOT_SHOWN : Shown.CANNOT_JUDGE;
    }

    /** Stated when negated where named, contradicted when only named plainly, else unknown. */
    private Shown judgeNegative(List<FieldWords> fields) {
      String head = words.get(words.size() - 1);
      boolean named = false;
      for (FieldWords f : fields) {
        for (int h = 0; h < f.words.length; h++) {
          if (!f.words[h].equals(head)) {
            continue;
          }
          if (f.negatedAt(h)) {
            return Shown.SHOWN;
          }
          named = true;
        }
      }
      return named ? Shown.NOT_SHOWN : Shown.CANNOT_JUDGE;
    }
  }

  /**
   * An element read into its key phrase, its limitations and the signs that text cannot show it.
   */
  private record Element(
      List<String> key,
      List<Limit> limits,
      List<String> numbers,
      boolean functionalFirst,
      boolean internal,
      boolean dimension) {

    /**
     * Reads an element; a method step ({@code step}) begins with its action ("placing the vegetable
     * on a blade grid"), which is skipped so that the key is what the step uses.
     */
    static Element read(String text, boolean step, Tokenizer tok) {
      tok.reset(text);
      List<String> key = new ArrayList<>();
      List<Limit> limits = new ArrayList<>();
      List<String> phrase = new ArrayList<>();
      List<String> numbers = new ArrayList<>();
      boolean functionalFirst = false;
      boolean internal = false;
      boolean dimension = false;
      boolean antecedent = false;
      boolean keyClosed = false;
      Kind mode = Kind.SOFT;
      Kind phraseKind = Kind.SOFT;
      boolean negateNext = false;
      boolean orNext = false;
      boolean phraseOr = false;
      for (int t = 0; t < tok.size(); t++) {
        String w = tok.term(t);
        internal |= INTERNAL.contains(w);
        dimension |= DIMENSIONS.contains(w);
        if (t > 0 && punctuationBefore(text, tok, t)) {
          keyClosed |= !key.isEmpty();
          antecedent = false;
          flush(limits, phrase, phraseKind, phraseOr);
        }
        if (!tok.has(t, Tokenizer.HAS_LETTER)) {
          numbers.add(w);
          continue;
        }
        if (w.equals("the") || w.equals("said") || (w.equals("each") && !key.isEmpty())) {
          antecedent = true;
          keyClosed |= !key.isEmpty();
          flush(limits, phrase, phraseKind, phraseOr);
          continue;
        }
        boolean participle = !key.isEmpty() && isParticiple(w) && opensRelation(tok, t + 1);
        boolean action = step && key.isEmpty() && !keyClosed && isParticiple(w);
        boolean relation = RELATIONS.contains(w) || isAdverb(tok, t) || participle || action;
        if (relation || PHRASE_BREAKS.contains(w)) {
          if (FUNCTIONAL.contains(w) && key.isEmpty()) {
            functionalFirst = true;
          }
          antecedent = false;
          keyClosed |= !key.isEmpty();
          flush(limits, phrase, phraseKind, phraseOr);
          if (keyClosed) {
            if (w.equals("or")) {
              orNext = true;
            } else if (CONTENT_INTRODUCERS.contains(w)) {
              mode = Kind.CONTENT;
            } else if (PURPOSE_INTRODUCERS.contains(w)) {
              mode = null;
            } else if (relation && !CLAUSE_VERBS.contains(w)) {
              mode = Kind.SOFT;
            }
            if (participle && !RELATIONS.contains(w) && limits.size() < MAX_LIMITS) {
              // "a lid threaded onto the body": how the part is joined is a limitation too.
              limits.add(new Limit(List.of(canonical(w)), Kind.SOFT, false));
            }
          }
          continue;
        }
        if (keyClosed && (w.equals("free") || w.equals("without"))) {
          if (w.equals("free") && !phrase.isEmpty()) {
            phraseKind = Kind.NEGATIVE;
            flush(limits, phrase, phraseKind, phraseOr);
          } else {
            flush(limits, phrase, phraseKind, phraseOr);
            negateNext = true;
          }
          continue;
        }
        if (antecedent
            || functionalFirst
            || ClaimWords.isStop(w)
            || !wordOfContent(w, keyClosed ? phrase : key)) {
          continue;
        }
        if (!keyClosed) {
          key.add(canonical(w));
          continue;
        }
        if (mode == null && !negateNext) {
          continue;
        }
        if (phrase.isEmpty()) {
          phraseKind = negateNext ? Kind.NEGATIVE : mode;
          phraseOr = orNext;
          negateNext = false;
          orNext = false;
        }
        if (INTERNAL.contains(w) && phraseKind == Kind.CONTENT) {
          phraseKind = Kind.SOFT;
        }
        if (phrase.size() < MAX_LIMIT_WORDS) {
          phrase.add(canonical(w));
        }
      }
      flush(limits, phrase, phraseKind, phraseOr);
      return new Element(
          List.copyOf(key),
          List.copyOf(limits),
          List.copyOf(numbers),
          functionalFirst,
          internal,
          dimension);
    }

    private static void flush(List<Limit> limits, List<String> phrase, Kind kind, boolean or) {
      if (!phrase.isEmpty() && limits.size() < MAX_LIMITS) {
        limits.add(new Limit(List.copyOf(phrase), kind, or));
      }
      phrase.clear();
    }
  }

  /**
   * Whether a word can carry content: two letters or more, or one letter after a word of the
   * phrase, where it names a variant ("vitamin C", "USB-C"). A letter before the word is notation
   * listings drop ("L-citrulline" sold as "Citrulline"), and "a" or "I" never carry content.
   */
  private static boolean wordOfContent(String w, List<String> phrase) {
    return w.length() >= 2
        || (!phrase.isEmpty() && w.charAt(0) >= 'a' && w.charAt(0) <= 'z' && !w.equals("i"));
  }

  /** Whether a comma, a bracket or a semicolon stands between token {@code t - 1} and {@code t}. */
  private static boolean punctuationBefore(String text, Tokenizer tok, int t) {
    int from = Math.min(tok.end(t - 1), text.length());
    int to = Math.min(tok.start(t), text.length());
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == '(' || c == ')') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code t} is an adverb: it ends in -ly and what follows is a participle, a
   * relation word or the end ("removably attached", "pivotally mounted"). Before a noun an -ly word
   * is an adjective and part of the phrase ("seven daily cases", "a friendly grip").
   */
  private static boolean isAdverb(Tokenizer tok, int t) {
    String w = tok.term(t);
    if (w.length() <= 4 || !w.endsWith("ly")) {
      return false;
    }
    if (t + 1 >= tok.size()) {
      return true;
    }
    String next = tok.term(t + 1);
    return isParticiple(next) || RELATIONS.contains(next);
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
        || isAdverb(tok, t)
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

    /** The first position of a canonical word, or -1. */
    int indexOf(String word) {
      for (int i = 0; i < words.length; i++) {
        if (words[i].equals(word)) {
          return i;
        }
      }
      return -1;
    }

    /** Whether the word at {@code h} is said to be absent: "caffeine free", "no caffeine". */
    boolean negatedAt(int h) {
      if (h + 1 < words.length && words[h + 1].equals("free")) {
        return true;
      }
      for (int d = 1; d <= 2 && h - d >= 0; d++) {
        if (NEGATORS.contains(words[h - d])) {
          return true;
        }
      }
      return false;
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
