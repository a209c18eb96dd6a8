package com.clearmark.engine.similarity;

import com.clearmark.engine.goods.GoodsRelatedness;
import com.clearmark.engine.text.EditDistance;
import com.clearmark.engine.text.Lexicon;
import com.clearmark.engine.text.Meanings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares two marks the way an examiner does, by sight, sound, meaning and structure, weighing
 * each word by how distinctive it is and the goods by how related they are, and turns the
 * comparison into a probability of confusion with {@link ConfusionModel}.
 *
 * <p>Each {@link Feature} is computed as follows, over {@link MarkForm}s:
 *
 * <ul>
 *   <li><b>Spelling, look-alike, sound</b>: 1 − d ÷ max(|a|, |b|) over the compact keys, the
 *       look-alike keys and the {@link SoundKey}s, d the optimal string alignment distance ({@link
 *       EditDistance}). Sound counts twice: as itself, and as how far it exceeds spelling, so that
 *       the model can tell marks that sound alike because they are spelt alike from marks that
 *       sound alike although they are spelt apart.
 *   <li><b>Words</b>: every word of each mark (a run-together mark by its {@linkplain
 *       MarkForm#parts() parts}) is matched against the other mark: the same word (1), the word
 *       inside a run-together other mark (0.9), a misspelling within one edit for 5 to 7 letters or
 *       two for longer words (1 − d ÷ length), the same {@link SoundKey} (0.8), or a word of the
 *       same meaning ({@link Meanings}: a translation from Spanish, French, Italian, German or
 *       Portuguese, a numeral, a synonym). Matches are weighted by {@link Distinctiveness}: the
 *       SHARED share is the matched weight over the mark's weight, the larger of the two marks';
 *       DOMINANT is the weight of the strongest shared word; MEANING the share matched by meaning
 *       alone; DISTINCT_REST the smaller of the two marks' unmatched shares; WEAK_ONLY is set when
 *       everything shared is weak.
 *   <li><b>Structure</b>: ORDER when both marks have the same words in another order; CONTAINED
 *       when one compact key of three or more characters lies inside the other; PREFIX the share of
 *       the first four characters in common.
 *   <li><b>Goods</b>: the relatedness r of the classes ({@link GoodsRelatedness}) as 2r − 1 when
 *       both are known (0 when not), fame, and fame against unrelated goods.
 * </ul>
 *
 * <p>Work per comparison is bounded: keys are clipped to {@value MarkForm#MAX_KEY} characters and
 * marks to {@value MarkForm#MAX_WORDS} words, so one comparison is at most three edit distances of
 * 64 × 64 and 12 × 12 word matches. Not thread-safe: use one instance per thread.
 */
public final class MarkSimilarity {

  private static final String TRANSLATED = "compared once translated, as ";

  /** The components that are, in themselves, evidence against confusion. */
  private static final Set<Feature> AGAINST =
      EnumSet.of(
          Feature.DISTINCT_REST,
          Feature.DICTIONARY_CONTRAST,
          Feature.MEANING_CONTRAST,
          Feature.CRITICISM,
          Feature.WEAK_ONLY,
          Feature.GOODS,
          Feature.FAMOUS_UNRELATED);

  /** What a word matched by meaning alone counts for, against 1 for the same word. */
  static final double MEANING_MATCH = 0.9;

  /**
   * Words that, added to another's mark, say the sign is about its owner rather than from it
   * (TAUBMANSUCKS): the mark of a gripe or criticism site.
   */
  private static final Set<String> CRITICISM =
      Set.of(
          "sucks",
          "suck",
          "stinks",
          "ripoff",
          "scam",
          "scams",
          "fraud",
          "frauds",
          "complaints",
          "boycott",
          "hate",
          "haters",
          "pissed",
          "pissedconsumer",
          "rant",
          "rants",
          "victims",
          "shame",
          "lies",
          "liar",
          "liars");

  /** Reasons for confusion given at most; reasons against are all given. */
  private static final int MAX_REASONS_FOR = 3;

  /** Below this share of the logit a component is not worth a reason line. */
  private static final double REASON_AT = 0.35;

  private final EditDistance distance = new EditDistance();
  private final Meanings meanings = Meanings.shipped();
  private final GoodsRelatedness goods = GoodsRelatedness.shipped();
  private final Lexicon english = Lexicon.english();
  private final ConfusionModel model;
  private final Distinctiveness weights;
  private final double[] x = new double[Feature.COUNT];
  private final Evidence evidence = new Evidence();

  /** The later mark's words matched by meaning, to the earlier mark's words they mean. */
  private final Map<String, String> translation = new HashMap<>();

  public MarkSimilarity() {
    this(ConfusionModel.shipped(), Distinctiveness.builtIn());
  }

  public MarkSimilarity(ConfusionModel model, Distinctiveness weights) {
    this.model = model;
    this.weights = weights;
  }

  public ConfusionModel model() {
    return model;
  }

  /** Compares two marks as written, goods unknown. */
  public Confusion compare(String earlier, String later) {
    return compare(MarkForm.of(earlier), MarkForm.of(later), Goods.UNKNOWN);
  }

  /** Compares an earlier mark with a later one. */
  public Confusion compare(MarkForm a, MarkForm b, Goods g) {
    features(a, b, g, x);
    double p = model.probability(x);
    var components = new ArrayList<Confusion.Component>(Feature.COUNT);
    for (Feature f : Feature.values()) {
      double v = x[f.ordinal()];
      double c = model.contribution(f, x);
      components.add(new Confusion.Component(f, round(v), round(c), reason(f, v, c, a, b, g)));
    }
    Verdict verdict = model.verdict(p);
    if (verdict == Verdict.LIKELY_CONFUSING && x[Feature.WEAK_ONLY.ordinal()] > 0) {
      // Weak elements policy: what is shared is common or descriptive in marks, so the marks are
      // at most possibly confusing, whatever else they have in common.
      verdict = Verdict.POSSIBLY_CONFUSING;
    }
    return new Confusion(round(p), verdict, components, reasons(components));
  }

  /** Only the probability, for ranking many candidates. */
  public double probability(MarkForm a, MarkForm b, Goods g) {
    features(a, b, g, x);
    return model.probability(x);
  }

  /** Writes the feature vector of a comparison into {@code out}, indexed by ordinal. */
  public void features(MarkForm a, MarkForm b, Goods g, double[] out) {
    Arrays.fill(out, 0);
    evidence.clear();
    List<String> wa = compared(a);
    List<String> wb = compared(b);
    translation.clear();
    Side sa = side(wa, b, wb, true);
    Side sb = side(wb, a, wa, false);

    double written = ratio(a.compact, b.compact);
    double visual = ratio(a.visual, b.visual);
    // A reader sees N1KE as NIKE: spelling is compared as the marks are read, look-alike
    // characters as the letters they imitate; LOOKALIKE records how much of it they gave.
    double spelling = Math.max(written, visual);
    double sound = ratio(a.sound, b.sound);
    if (!translation.isEmpty()) {
      // The doctrine of foreign equivalents: translate, then compare. The later mark's words
      // that mean the earlier mark's are put in their place (GAVIOTA becomes SEAGULL) and the
      // marks are spelt and sounded again; MEANING records that this was done.
      var translated = new StringBuilder();
      for (String w : wb) {
        translated.append(translation.getOrDefault(w, w));
      }
      String t = translated.toString();
      evidence.rawSound = sound;
      evidence.translated = t;
      spelling = Math.max(spelling, ratio(a.compact, t));
      sound = Math.max(sound, ratio(a.sound, SoundKey.of(t)));
    }
    out[Feature.SPELLING.ordinal()] = spelling;
    out[Feature.CLOSE_SPELLING.ordinal()] = hinge(spelling);
    out[Feature.CLOSE_SOUND.ordinal()] = hinge(sound);
    out[Feature.LOOKALIKE.ordinal()] = visual;
    out[Feature.SOUND.ordinal()] = sound;
    out[Feature.SOUND_OVER_SPELLING.ordinal()] = Math.max(0, sound - spelling);
    out[Feature.PREFIX.ordinal()] = prefix(a.compact, b.compact);
    boolean identical = !a.compact.isEmpty() && a.compact.equals(b.compact);
    out[Feature.IDENTICAL.ordinal()] = identical ? 1 : 0;
    out[Feature.SHORT.ordinal()] = Math.min(a.compact.length(), b.compact.length()) <= 3 ? 1 : 0;
    out[Feature.CONTAINED.ordinal()] = identical ? 0 : contained(a, b);

    double shared = Math.max(sa.sharedShare(), sb.sharedShare());
    out[Feature.SHARED.ordinal()] = shared;
    out[Feature.COVERED.ordinal()] = Math.min(sa.sharedShare(), sb.sharedShare());
    out[Feature.FIRST_WORD.ordinal()] = firstWordsMatch(wa, wb) ? 1 : 0;
    out[Feature.DOMINANT.ordinal()] = Math.max(sa.strongest, sb.strongest);
    out[Feature.MEANING.ordinal()] = Math.max(sa.meaningShare(), sb.meaningShare());
    out[Feature.DISTINCT_REST.ordinal()] = Math.min(sa.restShare(), sb.restShare());
    boolean anyShared = sa.matched > 0 || sb.matched > 0;
    // Weak only when something distinctive is left apart: SUNNY FARM and THESUNNYFARM share all
    // they have, weak or not.
    out[Feature.WEAK_ONLY.ordinal()] =
        anyShared
                && Math.max(sa.strongest, sb.strongest) < Distinctiveness.WEAK_BELOW
                && spelling < 0.8
                && Math.max(sa.restShare(), sb.restShare()) > 0
            ? 1
            : 0;
    out[Feature.ORDER.ordinal()] = sameWordsReordered(wa, wb) ? 1 : 0;
    out[Feature.DICTIONARY_CONTRAST.ordinal()] =
        !anyShared
                && out[Feature.MEANING.ordinal()] == 0
                && spelling < 1
                && ordinary(a.words)
                && ordinary(b.words)
            ? 1
            : 0;

    out[Feature.CRITICISM.ordinal()] = criticises(a, b) || criticises(b, a) ? 1 : 0;
    out[Feature.DOMAIN.ordinal()] =
        (a.domain || b.domain) && (out[Feature.CONTAINED.ordinal()] > 0 || shared >= 0.9) ? 1 : 0;
    out[Feature.MEANING_CONTRAST.ordinal()] =
        !identical && !anyShared && spelling < 1 && ordinary(a.words) != ordinary(b.words) ? 1 : 0;
    double unrelated = 0;
    if (g.known()) {
      double r = goods.relatedness(g.earlier(), g.later());
      if (!Double.isNaN(r)) {
        out[Feature.GOODS.ordinal()] = 2 * r - 1;
        unrelated = 1 - r;
      }
    }
    if (g.famous()) {
      out[Feature.FAMOUS.ordinal()] = 1;
      out[Feature.FAMOUS_UNRELATED.ordinal()] = unrelated;
    }
  }

  /** The words a mark is compared on: a run-together mark by its parts. */
  private static List<String> compared(MarkForm m) {
    return m.parts.isEmpty() ? m.words : m.parts;
  }

  /** How one mark's words are found in the other. */
  private final class Side {
    double total;
    double matched;
    double byMeaning;
    double strongest;

    double sharedShare() {
      return total == 0 ? 0 : matched / total;
    }

    double meaningShare() {
      return total == 0 ? 0 : byMeaning / total;
    }

    double restShare() {
      return total == 0 ? 0 : Math.max(0, total - matched) / total;
    }
  }

  /**
   * How {@code words} are found in the other mark; with {@code recordTranslation}, the other mark's
   * words matched by meaning are recorded in {@link #translation}.
   */
  private Side side(
      List<String> words, MarkForm other, List<String> otherWords, boolean recordTranslation) {
    var s = new Side();
    for (String w : words) {
      double weight = weights.weight(w);
      s.total += weight;
      if (weight == 0) {
        continue;
      }
      double best = 0;
      String bestWord = null;
      String how = null;
      for (String o : otherWords) {
        double m = wordMatch(w, o);
        if (m > best) {
          best = m;
          bestWord = o;
        }
      }
      if (best < 0.9 && w.length() >= 4) {
        // Run together with other words (VIRGIN in VIRGINMOBILE, SUNNY in THESUNNYFARM, EBAY in
        // PERFUMEBAY, however that splits into words).
        for (String o : otherWords) {
          if (o.length() > w.length() && holds(o, w)) {
            best = 0.9;
            bestWord = o;
            break;
          }
        }
        if (best < 0.9
            && !other.parts.isEmpty()
            && other.compact.length() > w.length()
            && holds(other.compact, w)) {
          best = 0.9;
          bestWord = other.compact;
        }
      }
      if (best < 0.5) {
        // This word runs another's word together with more (VIRGINMOBILE holds VIRGIN): it
        // matches in proportion to the part it shares.
        for (String o : otherWords) {
          if (o.length() >= 4 && w.length() > o.length() && holds(w, o)) {
            double part = (double) o.length() / w.length();
            if (part > best) {
              best = part;
              bestWord = o;
            }
          }
        }
      }
      if (best == 0) {
        for (String o : otherWords) {
          var e = meanings.explain(w, o);
          if (e != null) {
            // The doctrine of foreign equivalents: translate, then compare. A word matched by
            // meaning counts as shared, a little below the same word.
            best = MEANING_MATCH;
            bestWord = o;
            how = e.reason();
            if (recordTranslation) {
              translation.putIfAbsent(o, w);
            }
            s.byMeaning += weight;
            evidence.meaning(e.reason());
            break;
          }
        }
      }
      if (best > 0) {
        s.matched += weight * best;
        if (best >= 0.7 && weight > s.strongest) {
          s.strongest = weight;
        }
        evidence.shared(w, bestWord, weight, how);
      }
    }
    return s;
  }

  /**
   * 1 for the same word, less for a near miss or a sound-alike, 0 otherwise. Two different ordinary
   * words are different words (MAIL and MALL, BEACH and BENCH): only a shared meaning can match
   * them.
   */
  private double wordMatch(String w, String o) {
    if (w.equals(o)) {
      return 1;
    }
    if (isEnglish(w) && isEnglish(o)) {
      return 0;
    }
    int len = Math.max(w.length(), o.length());
    if (Math.min(w.length(), o.length()) >= 5) {
      int budget = len >= 8 ? 2 : 1;
      int d = distance.distance(w, o, budget);
      if (d <= budget) {
        return 1.0 - (double) d / len;
      }
    }
    if (Math.min(w.length(), o.length()) >= 4 && SoundKey.of(w).equals(SoundKey.of(o))) {
      return 0.8;
    }
    return 0;
  }

  private double contained(MarkForm a, MarkForm b) {
    MarkForm shorter = a.compact.length() <= b.compact.length() ? a : b;
    MarkForm longer = shorter == a ? b : a;
    int n = shorter.compact.length();
    if (n < 3 || n < 4 && 2 * n < longer.compact.length() || longer.compact.length() == n) {
      return 0;
    }
    if (!standsInside(shorter.compact, longer)) {
      return 0;
    }
    double w = 0;
    for (String word : shorter.words) {
      w = Math.max(w, weights.weight(word));
    }
    if (shorter.words.size() > 1) {
      w = Math.max(w, weights.weight(shorter.compact));
    }
    evidence.contained = shorter.written.strip();
    return w;
  }

  private boolean firstWordsMatch(List<String> a, List<String> b) {
    String x = firstWord(a);
    String y = firstWord(b);
    return x != null && y != null && (a.size() > 1 || b.size() > 1) && wordMatch(x, y) >= 0.7;
  }

  /** The first word that is not a connector (THE, DE, LA...), or null. */
  private String firstWord(List<String> words) {
    for (String w : words) {
      if (weights.weight(w) > 0) {
        return w;
      }
    }
    return null;
  }

  /** Whether {@code b} takes up {@code a} and adds a word of criticism. */
  private static boolean criticises(MarkForm a, MarkForm b) {
    if (a.compact.length() < 3 || !b.compact.contains(a.compact)) {
      return false;
    }
    for (String w : b.words) {
      if (CRITICISM.contains(w)) {
        return true;
      }
      // Run together with the mark, as domain names are: TAUBMANSUCKS, SUCKSTAUBMAN.
      int at = w.indexOf(a.compact);
      if (at >= 0) {
        String before = w.substring(0, at);
        String after = w.substring(at + a.compact.length());
        if (CRITICISM.contains(before) && after.isEmpty()
            || CRITICISM.contains(after) && before.isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code inner} stands as a unit inside {@code word} (EBAY in PERFUMEBAY, NIKE in
   * NIKESHOESOUTLET), not as letters inside another word (LEVIS in LEVISTA, XBOX in MIXBOX, JACK in
   * JACKER): what is left on either side is nothing or at least three letters.
   */
  static boolean holds(String word, String inner) {
    for (int at = word.indexOf(inner); at >= 0; at = word.indexOf(inner, at + 1)) {
      int after = word.length() - at - inner.length();
      if ((at == 0 || at >= 3) && (after == 0 || after >= 3)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a compact key stands as a unit in a longer mark: inside one of its words ({@link
   * #holds}), or spanning whole words of it (SUNNYFARM in THE SUNNY FARM).
   */
  private static boolean standsInside(String inner, MarkForm longer) {
    for (String w : longer.words) {
      if (w.length() >= inner.length() && holds(w, inner)) {
        return true;
      }
    }
    int start = 0;
    for (int i = 0; i < longer.words.size(); i++) {
      int length = 0;
      for (int j = i; j < longer.words.size() && length < inner.length(); j++) {
        length += longer.words.get(j).length();
        if (length == inner.length() && longer.compact.startsWith(inner, start)) {
          return true;
        }
      }
      start += longer.words.get(i).length();
    }
    return false;
  }

  private static boolean sameWordsReordered(List<String> a, List<String> b) {
    if (a.size() < 2 || a.size() != b.size() || a.equals(b)) {
      return false;
    }
    String[] x = a.toArray(String[]::new);
    String[] y = b.toArray(String[]::new);
    Arrays.sort(x);
    Arrays.sort(y);
    return Arrays.equals(x, y);
  }

  private boolean isEnglish(String w) {
    char[] c = w.toCharArray();
    return english.containsWord(c, 0, c.length);
  }

  private boolean ordinary(List<String> words) {
    boolean any = false;
    for (String w : words) {
      if (weights.weight(w) == 0) {
        continue;
      }
      char[] c = w.toCharArray();
      if (!english.containsWord(c, 0, c.length)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** 0 up to {@value #CLOSE}, rising to 1 at 1: only close likeness counts here. */
  private static double hinge(double v) {
    return Math.max(0, v - CLOSE) / (1 - CLOSE);
  }

  private static final double CLOSE = 0.6;

  private static double prefix(String a, String b) {
    int n = Math.min(4, Math.min(a.length(), b.length()));
    if (n == 0) {
      return 0;
    }
    int same = 0;
    while (same < n && a.charAt(same) == b.charAt(same)) {
      same++;
    }
    return (double) same / n;
  }

  private double ratio(String x, String y) {
    int max = Math.max(x.length(), y.length());
    if (max == 0) {
      return 0;
    }
    int d = distance.distance(x, y, max);
    return 1.0 - (double) d / max;
  }

  private String reason(Feature f, double v, double c, MarkForm a, MarkForm b, Goods g) {
    if (v == 0) {
      return "";
    }
    String na = a.written.strip();
    String nb = b.written.strip();
    return switch (f) {
      case SPELLING -> {
        if (evidence.translated != null) {
          yield TRANSLATED + upper(evidence.translated);
        }
        int d = distance.distance(a.compact, b.compact, MarkForm.MAX_KEY);
        yield d == 0
            ? "spelt the same once case, spacing and punctuation are ignored"
            : evidence.contained != null || v < 0.5
                ? ""
                : v < 0.7 || d > 2
                    ? "spelt partly alike"
                    : "spelt alike: " + d + " letter" + (d == 1 ? "" : "s") + " apart";
      }
      case CLOSE_SPELLING, CLOSE_SOUND -> "";
      case LOOKALIKE ->
          (a.lookalike || b.lookalike) && v >= 0.8 && v > ratio(a.compact, b.compact)
              ? "look alike once digits and symbols are read as the letters they imitate"
              : "";
      case SOUND ->
          evidence.rawSound < 0.6
              ? ""
              : v >= 0.8 && evidence.rawSound >= 0.8
                  ? "sound alike when read aloud"
                  : v >= 0.6 ? "sound partly alike" : "";
      case SOUND_OVER_SPELLING -> "sound more alike than they are spelt";
      case PREFIX -> v == 1 ? "begin the same way" : "";
      case CONTAINED ->
          evidence.contained == null ? "" : "contains " + upper(evidence.contained) + " whole";
      case DOMINANT ->
          evidence.strongestShared() == null || evidence.contained != null
              ? ""
              : evidence.strongestMeaning != null
                  ? evidence.meaning
                  : evidence.strongestWeight < Distinctiveness.WEAK_BELOW
                      ? ""
                      : "share the distinctive word " + evidence.strongestShared();
      case SHARED, COVERED -> "";
      case FIRST_WORD -> "begin with the same word";
      case WEAK_ONLY ->
          "similar only on the weak element "
              + upper(evidence.weakShared())
              + ", common or descriptive in marks";
      case MEANING -> evidence.meaning == null ? "" : evidence.meaning;
      case ORDER -> "the same words in another order";
      case DISTINCT_REST -> "the distinctive rest of each mark differs";
      case DICTIONARY_CONTRAST -> upper(na) + " and " + upper(nb) + " are different words";
      case MEANING_CONTRAST -> "one is an ordinary word and the other is not";
      case SHORT -> "short marks, where one letter changes the mark";
      case CRITICISM -> "adds a word of criticism: a sign about the mark, not from its owner";
      case DOMAIN -> "written as a domain name that takes up the other mark";
      case IDENTICAL -> "identical once case, spacing, punctuation and look-alikes are ignored";
      case GOODS -> g.known() ? goods.explain(g.earlier(), g.later()) : "";
      case FAMOUS -> "the earlier mark is famous";
      case FAMOUS_UNRELATED ->
          c >= 0
              ? "fame protects the mark beyond its own goods"
              : "the famous mark's own goods are far from these";
    };
  }

  /**
   * Reasons a person reads: components whose contribution to the log-odds is large enough, those
   * for confusion first (at most {@value #MAX_REASONS_FOR}), each reason once, and the goods
   * whenever they are known. When none is large enough the largest one is given, so a verdict
   * always comes with a reason.
   */
  private static List<String> reasons(List<Confusion.Component> components) {
    var sorted = new ArrayList<>(components);
    sorted.sort(Comparator.comparingDouble((Confusion.Component c) -> -c.contribution()));
    var out = new ArrayList<String>();
    int forConfusion = 0;
    for (var c : sorted) {
      if (c.contribution() > 0 && forConfusion >= MAX_REASONS_FOR) {
        continue;
      }
      if (c.feature() == Feature.GOODS) {
        continue; // said below, always
      }
      if (c.feature() == Feature.SPELLING && c.reason().startsWith(TRANSLATED)) {
        // The translation itself is the reason (the meaning component says it).
        continue;
      }
      if (c.contribution() < 0 && !AGAINST.contains(c.feature())) {
        // A negative weight on a component that describes likeness (sound beyond spelling, the
        // domain form, close spelling) is the fit sharing credit among correlated components,
        // not something a person should read as a reason against confusion.
        continue;
      }
      if (Math.abs(c.contribution()) >= REASON_AT
          && !c.reason().isEmpty()
          && !out.contains(c.reason())) {
        out.add(c.contribution() > 0 ? c.reason() : "against: " + c.reason());
        forConfusion += c.contribution() > 0 ? 1 : 0;
      }
    }
    if (forConfusion == 0) {
      // A verdict is never given on reasons against alone: say what speaks for it.
      Confusion.Component best = null;
      for (var c : components) {
        if (c.contribution() > 0
            && !c.reason().isEmpty()
            && (best == null || c.contribution() > best.contribution())) {
          best = c;
        }
      }
      if (best != null) {
        out.add(0, best.reason());
      }
    }
    var goods = components.get(Feature.GOODS.ordinal());
    if (!goods.reason().isEmpty()) {
      // When the goods are known they are always said, for or against: a person weighs them.
      // Goods that meet only loosely count against, and the line says so before the link.
      String line =
          goods.contribution() < 0
              ? "against: the goods are only loosely related: " + goods.reason()
              : goods.reason();
      if (!out.contains(line)) {
        out.add(line);
      }
    }
    if (out.isEmpty()) {
      Confusion.Component strongest = null;
      for (var c : components) {
        if (!c.reason().isEmpty()
            && (strongest == null
                || Math.abs(c.contribution()) > Math.abs(strongest.contribution()))) {
          strongest = c;
        }
      }
      out.add(strongest == null ? "nothing in common" : strongest.reason());
    }
    return out;
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** What the last comparison found, kept only to write its reasons. */
  private static final class Evidence {
    String contained;
    String meaning;

    /** Sound before translation; 1 when nothing was translated. */
    double rawSound = 1;

    /** The later mark's compact key once translated, or null. */
    String translated;

    String strongest;
    String strongestMeaning;
    double strongestWeight = -1;
    String weakest;

    void clear() {
      rawSound = 1;
      translated = null;
      contained = null;
      meaning = null;
      strongest = null;
      strongestMeaning = null;
      strongestWeight = -1;
      weakest = null;
    }

    void shared(String word, String other, double weight, String how) {
      if (weight > strongestWeight) {
        strongestWeight = weight;
        strongestMeaning = how;
        strongest = word.equals(other) ? upper(word) : upper(word) + " (as " + upper(other) + ")";
      }
      if (weakest == null) {
        weakest = word;
      }
    }

    void meaning(String reason) {
      if (meaning == null) {
        meaning = reason;
      } else if (!meaning.contains(reason) && meaning.length() < 200) {
        meaning = meaning + "; " + reason;
      }
    }

    String strongestShared() {
      return strongest;
    }

    String weakShared() {
      return weakest == null ? "" : weakest;
    }
  }
}
