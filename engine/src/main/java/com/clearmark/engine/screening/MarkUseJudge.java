package com.clearmark.engine.screening;

import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.index.MarkScanner;
import com.clearmark.engine.index.MatchKind;
import com.clearmark.engine.listing.ListingField;
import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.text.Lexicon;
import com.clearmark.engine.text.TextFolding;
import com.clearmark.engine.text.Tokenizer;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether a stretch of listing text that resembles a mark is a use of the mark that risks a
 * complaint, and how serious it is.
 *
 * <h2>The decision model</h2>
 *
 * Resemblance alone is not infringement. The risk of a mark use is weighed from four facts, each
 * read from the listing and the register:
 *
 * <ol>
 *   <li><b>Strength of the mark</b> ({@link Strength}): a famous coined mark (ROLEX) is protected
 *       widely; a coined mark of a small owner within its goods; a mark that is an ordinary word of
 *       some language or a product word of the catalogue (APPLE, MINI, SOL, GHEE) only where it
 *       names the maker; one to three letters (M, LG, GMO) only as the brand itself.
 *   <li><b>Relatedness of the goods</b> ({@link Relation}): the mark's Nice classes against the
 *       classes of the listing's category. A famous mark reaches the classes of neighbouring goods
 *       too (fashion houses sell perfume and bags), not every class. A mark without classes, or a
 *       listing without a known category, leaves relatedness unknown.
 *   <li><b>Position</b> ({@link ListingScan.Position}): the brand field, the brand-like start of
 *       the title, a co-brand or a maker after "by" read as the name of whoever made the goods;
 *       running text mostly does not.
 *   <li><b>Evasion</b>: digits or symbols for letters, look-alike characters of other scripts, a
 *       name spaced or split ({@code N1ke}, {@code Nіke}, {@code Fi-la}) are made on purpose and
 *       count whatever the class; a close spelling or a sound-alike counts only for a mark famous
 *       or in a related class, and only when nothing else explains the word.
 * </ol>
 *
 * <p>What explains a word away: it is a word of English or another language the engine knows, a
 * brand of the catalogue or a word many of its brands use, the listing's own brand or a mark of the
 * same owner, the cut-off end of a truncated title; the mark follows a compatibility cue or names a
 * platform the goods work with. The severity then follows from the facts: a famous or related mark
 * presented as the maker of the goods is high, the same mark beside the listing's own brand is
 * medium, a famous mark merely mentioned is low.
 */
final class MarkUseJudge {

  private MarkUseJudge() {}

  /** How much protection a mark has against a given use. */
  enum Strength {
    /** A famous mark that is not an ordinary English word: NIKE, ROLEX, SAMSUNG. */
    FAMOUS,
    /** A coined mark of an owner that is not famous. */
    DISTINCTIVE,
    /** Ordinary words of some language, or a product word of the catalogue: APPLE, MINI, SOL. */
    WEAK,
    /** One or two letters, or three for a mark that is not famous: M, LG, GMO. */
    SHORT
  }

  /** Whether the mark's goods relate to the listing's. */
  enum Relation {
    /** The mark's classes include a class of the listing's goods. */
    RELATED,
    /** A famous mark's classes sit next to the listing's goods (perfume from a fashion house). */
    NEIGHBOUR,
    UNRELATED,
    UNKNOWN
  }

  /** A finding to report for a mark use. */
  record Verdict(Rule rule, Severity severity, String explanation) {}

  /**
   * Goods that sell side by side, so that a famous mark in one class of a group reaches the others:
   * a fashion house's name on perfume, a console maker's on a game.
   */
  private static final int[][] NEIGHBOURS = {
    {3, 9, 14, 18, 25, 26},
    {3, 5, 21, 44},
    {9, 28, 38, 41, 42},
    {16, 28, 41},
    {25, 28},
    {29, 30, 31, 32, 33, 43},
    {8, 11, 20, 21, 24, 27},
    {4, 7, 12},
    {5, 10}
  };

  static Strength strength(ListingScan scan, int key) {
    MarkIndex index = scan.index;
    int length = index.keyChars(key);
    boolean famous = index.isFamous(key);
    if (length <= 2 || (length == 3 && !famous)) {
      return Strength.SHORT;
    }
    // A famous phrase of ordinary words (THE NORTH FACE, NEW BALANCE) is distinctive as a whole;
    // a mark whose words run together make an English word (LI-NING: lining) is as weak as one.
    if (index.isOrdinaryWords(key) && (!famous || index.keyWords(key) == 1)) {
      return Strength.WEAK;
    }
    if (index.keyWords(key) > 1 && isEnglishWord(index.key(key))) {
      return Strength.WEAK;
    }
    if (!famous
        && (index.isForeignWords(key)
            || (index.keyWords(key) == 1 && scan.catalogue.isProductWord(index.key(key))))) {
      return Strength.WEAK;
    }
    return famous ? Strength.FAMOUS : Strength.DISTINCTIVE;
  }

  private static boolean isEnglishWord(String key) {
    char[] c = key.toCharArray();
    return Lexicon.english().containsWord(c, 0, c.length);
  }

  static Relation relation(ListingScan scan, int key) {
    Set<Integer> classes = classesOf(scan.index, key);
    if (classes.isEmpty() || scan.categoryClasses.isEmpty()) {
      return Relation.UNKNOWN;
    }
    for (int c : classes) {
      if (scan.categoryClasses.contains(c)) {
        return Relation.RELATED;
      }
    }
    if (scan.index.isFamous(key) && scan.index.keyChars(key) >= 4) {
      for (int[] group : NEIGHBOURS) {
        if (contains(group, classes) && contains(group, scan.categoryClasses)) {
          return Relation.NEIGHBOUR;
        }
      }
    }
    return Relation.UNRELATED;
  }

  private static boolean contains(int[] group, Set<Integer> classes) {
    for (int c : group) {
      if (classes.contains(c)) {
        return true;
      }
    }
    return false;
  }

  static Set<Integer> classesOf(MarkIndex index, int key) {
    if (index.markCountOf(key) == 1) {
      return index.markOf(key).niceClasses();
    }
    var all = new TreeSet<Integer>();
    for (int i = 0; i < index.markCountOf(key); i++) {
      all.addAll(index.markOf(key, i).niceClasses());
    }
    return all;
  }

  /**
   * Whether a mark use names a brand the seller does not own: not authorized, not a word that
   * explains itself, not a short mark in running text, and an ordinary-word mark only in its own
   * goods or where it reads as the brand. Compatibility statements are included.
   */
  static boolean namesBrand(ListingScan scan, ListingScan.MarkUse use) {
    if (use.authorized() || use.explained()) {
      return false;
    }
    int key = use.hit().key();
    Strength strength = strength(scan, key);
    if (strength == Strength.SHORT) {
      return use.position().isBrandLike() && !use.hit().kind().isLookalike();
    }
    if (use.hit().kind().isLookalike()) {
      return judge(scan, use) != null;
    }
    return strength != Strength.WEAK
        || relation(scan, key) == Relation.RELATED
        || use.position().isBrandLike();
  }

  /**
   * Whether a mark use refers to a brand at all (for the counterfeit rules: "replica" next to it
   * makes a copy claim): not authorized, not a compatibility or platform mention, not a word that
   * explains itself.
   */
  static boolean refersToBrand(ListingScan scan, ListingScan.MarkUse use) {
    return !use.compatibility()
        && !use.platform()
        && strength(scan, use.hit().key()) != Strength.SHORT
        && namesBrand(scan, use);
  }

  /**
   * The finding a mark use calls for, or null when it is no use of the mark worth reporting.
   * Several policies ask about the same use; the scan remembers each answer.
   */
  static Verdict judge(ListingScan scan, ListingScan.MarkUse use) {
    return scan.verdict(use, MarkUseJudge::decide);
  }

  private static Verdict decide(ListingScan scan, ListingScan.MarkUse use) {
    if (use.authorized()) {
      return null;
    }
    int key = use.hit().key();
    Strength strength = strength(scan, key);
    if (strength == Strength.SHORT) {
      // "Remote compatible for LG": a short mark written as a name after a compatibility cue.
      return use.compatibility() && isWrittenInCapitals(use) && !use.hit().kind().isLookalike()
          ? new Verdict(
              Rule.TM_COMPATIBILITY,
              Severity.INFO,
              compatibility(new Facts(scan, use, strength, relation(scan, key))))
          : null;
    }
    MatchKind kind = use.hit().kind();
    Relation relation = relation(scan, key);
    var facts = new Facts(scan, use, strength, relation);
    if (kind == MatchKind.LEET || kind == MatchKind.CONFUSABLE || kind == MatchKind.SPACING) {
      return evasion(facts);
    }
    if (kind == MatchKind.TYPO || kind == MatchKind.PHONETIC) {
      return closeSpelling(facts);
    }
    return exact(facts);
  }

  private record Facts(
      ListingScan scan, ListingScan.MarkUse use, Strength strength, Relation relation) {
    Mark mark() {
      return scan.index.markOf(use.hit().key());
    }

    ListingScan.Position position() {
      return use.position();
    }

    /** The evidence folded as marks are keyed: "Ke11ogg's" gives "ke11ogg". */
    String written() {
      return TextFolding.compactKey(
          use.where().text().substring(use.hit().start(), use.hit().end()));
    }
  }

  private static Verdict evasion(Facts f) {
    // An accent on an ordinary word is how the word is written in another language, not a trick;
    // a Greek or Cyrillic letter or a full-width form in it is.
    if (f.strength() == Strength.WEAK
        && f.use().hit().kind() == MatchKind.CONFUSABLE
        && !hasOtherScript(f)) {
      return null;
    }
    if (f.use().explained()) {
      return null;
    }
    return new Verdict(
        ruleFor(f.position(), Rule.TM_LOOKALIKE),
        Severity.HIGH,
        sentence(
            f, "; imitating a mark this way is made on purpose and is treated as infringement"));
  }

  /** Whether the listing's title contains the folded word, as the name of its goods. */
  private static boolean titleNames(ListingScan scan, String key) {
    var tokens = new Tokenizer();
    tokens.reset(scan.listing.title());
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.normLength(t) >= key.length()
          && tokens.term(t).startsWith(key)
          && tokens.normLength(t) <= key.length() + 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWrittenInCapitals(ListingScan.MarkUse use) {
    String text = use.where().text();
    for (int i = use.hit().start(); i < use.hit().end(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasOtherScript(Facts f) {
    var hit = f.use().hit();
    String text = f.use().where().text();
    for (int i = hit.start(); i < hit.end(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && c > 0x24F) {
        return true;
      }
    }
    return false;
  }

  private static Verdict closeSpelling(Facts f) {
    if (f.use().explained() || f.use().compatibility()) {
      return null;
    }
    // A misspelt ordinary word is mostly just that; it names the brand only where a brand stands,
    // in the mark's own goods (Pumma running shoes, Yetti tumbler).
    if (f.strength() == Strength.WEAK
        && !(f.relation() == Relation.RELATED
            && (f.position() == ListingScan.Position.BRAND_FIELD
                || f.position() == ListingScan.Position.TITLE_START
                || (f.position() == ListingScan.Position.CO_BRAND
                    && f.scan().index.isFamous(f.use().hit().key()))))) {
      return null;
    }
    // Only the listing's own registered brand excuses a misspelling: a brand field "Calvin Kline"
    // shares a first word with CALVIN KLEIN's owner and is still its look-alike.
    if (f.scan().isListingBrand(f.use().hit().key())) {
      return null;
    }
    boolean famous = f.scan().index.isFamous(f.use().hit().key());
    boolean related = f.relation() == Relation.RELATED;
    boolean relevant = related || (famous && f.relation() == Relation.UNKNOWN);
    if (!relevant) {
      return null;
    }
    // A sound-alike two edits away reaches far in a register; only the mark's own goods count.
    if (f.use().hit().kind() == MatchKind.PHONETIC && f.use().hit().distance() >= 2 && !related) {
      return null;
    }
    // Four letters leave room for many words one letter away (VISA: vita, visi, vise): beyond
    // the typosquatter's doubled or swapped letter, only a famous mark in its own goods counts.
    if (f.scan().index.keyChars(f.use().hit().key()) == 4
        && !isDoublingOrSwap(f)
        && !(famous
            && related
            && (f.position() == ListingScan.Position.BRAND_FIELD
                || f.position() == ListingScan.Position.TITLE_START))) {
      return null;
    }
    if (!famous && !isCloseSpellingOfSmallMark(f)) {
      return null;
    }
    String why = "; buyers may take the goods for the mark owner's";
    return switch (f.position()) {
      case BRAND_FIELD -> new Verdict(Rule.TM_BRAND_LOOKALIKE, Severity.HIGH, sentence(f, why));
      case TITLE_START -> new Verdict(Rule.TM_LOOKALIKE, Severity.HIGH, sentence(f, why));
      case CO_BRAND, MAKER ->
          new Verdict(
              Rule.TM_LOOKALIKE, famous ? Severity.HIGH : Severity.MEDIUM, sentence(f, why));
      case TITLE ->
          famous
              ? new Verdict(
                  Rule.TM_LOOKALIKE,
                  f.scan().ownBrand ? Severity.MEDIUM : Severity.HIGH,
                  sentence(f, why))
              : null;
      // Descriptions are full of ingredient and place names; only a related class counts there.
      case BODY ->
          famous && related
              ? new Verdict(Rule.TM_LOOKALIKE, Severity.HIGH, sentence(f, why))
              : null;
      case SEARCH_TERMS ->
          famous
              ? new Verdict(
                  Rule.POLICY_SEARCH_TERMS,
                  Severity.HIGH,
                  sentence(f, "; marketplace policy forbids other companies' brand names there"))
              : null;
    };
  }

  /**
   * A close spelling of a mark that is not famous counts only where it is the brand (the brand
   * field or the start of the title), within one edit, and for a mark under seven letters not as a
   * shorter form of it: registers are full of marks coined by adding a letter to a word (SELVA,
   * GROSH), so the word with the letter left out is the word, not a misspelling of a mark nobody
   * knows.
   */
  private static boolean isCloseSpellingOfSmallMark(Facts f) {
    var position = f.position();
    if (position != ListingScan.Position.BRAND_FIELD
        && position != ListingScan.Position.TITLE_START) {
      return false;
    }
    var hit = f.use().hit();
    String written = f.written();
    String key = f.scan().index.key(hit.key());
    return hit.distance() <= 1 && (written.length() >= key.length() || key.length() >= 7);
  }

  /**
   * A plural is read as the mark only for a famous mark or one of five letters or more: "Jones" and
   * "Trans" are not JONE and TRAN.
   */
  private static boolean isPluralOfShortMark(Facts f) {
    var hit = f.use().hit();
    int key = hit.key();
    if (f.scan().index.isFamous(key) || f.scan().index.keyChars(key) >= 5) {
      return false;
    }
    String written = f.written();
    return written.length() == f.scan().index.keyChars(key) + 1 && written.endsWith("s");
  }

  /** Whether every word of the use is a reference word of the catalogue (Bluetooth, Wi-Fi). */
  private static boolean isReference(ListingScan scan, ListingScan.MarkUse use) {
    if (scan.catalogue.isReferenceWord(scan.index.key(use.hit().key()))) {
      return true;
    }
    var tokens = new Tokenizer();
    String text = use.where().text().substring(use.hit().start(), use.hit().end());
    tokens.reset(text);
    if (tokens.size() < 2) {
      return false;
    }
    boolean any = false;
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.normLength(t) < 2) {
        continue;
      }
      if (!scan.catalogue.isReferenceWord(
          tokens.buffer(), tokens.normStart(t), tokens.normLength(t))) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static boolean isDoublingOrSwap(Facts f) {
    char[] written = f.written().toCharArray();
    char[] key = f.scan().index.key(f.use().hit().key()).toCharArray();
    return MarkScanner.isDoublingOrSwap(written, 0, written.length, key, key.length);
  }

  private static Verdict exact(Facts f) {
    ListingScan scan = f.scan();
    int key = f.use().hit().key();
    if (scan.isGenuine(key) || isPluralOfShortMark(f)) {
      return null;
    }
    Strength strength = f.strength();
    boolean weak = strength == Strength.WEAK;
    // An exact use of a famous coined mark reaches neighbouring goods (dilution); an ordinary
    // word or a misspelling does not.
    Relation relation =
        f.relation() == Relation.NEIGHBOUR
            ? (weak ? Relation.UNRELATED : Relation.RELATED)
            : f.relation();
    if (f.position() == ListingScan.Position.SEARCH_TERMS) {
      // Search terms are lower-case words: an ordinary word there is the word, unless the mark's
      // own goods are sold (yeti for a cooler).
      // ... and not when the title names the goods by the same word ("pure maple syrup").
      boolean counts =
          weak
              ? relation == Relation.RELATED && !titleNames(scan, scan.index.key(key))
              : strength == Strength.FAMOUS || relation != Relation.UNRELATED;
      return counts
          ? new Verdict(
              Rule.POLICY_SEARCH_TERMS,
              Severity.HIGH,
              sentence(f, "; marketplace policy forbids other companies' brand names there"))
          : null;
    }
    if (f.use().compatibility()) {
      // An ordinary word after "for" is mostly the word ("for windows and doors"); a famous one
      // named in goods it is not known to be unrelated to is the mark ("for Apple Watch").
      boolean word =
          weak
              && relation != Relation.RELATED
              && !(scan.index.isFamous(key) && relation == Relation.UNKNOWN);
      return word ? null : new Verdict(Rule.TM_COMPATIBILITY, Severity.INFO, compatibility(f));
    }
    if (f.use().platform()) {
      return weak && relation != Relation.RELATED
          ? null
          : new Verdict(Rule.TM_COMPATIBILITY, Severity.INFO, platform(f));
    }
    boolean famous = strength == Strength.FAMOUS;
    boolean ownBrand = scan.ownBrand;
    boolean comparative = f.use().comparative();
    boolean runningText =
        f.position() == ListingScan.Position.TITLE
            || f.position() == ListingScan.Position.BODY
            || f.position() == ListingScan.Position.CO_BRAND;
    // A mark named near the start of the title, before a part ("D Deals Hyundai Replacement Key
    // Shell"), is placed as the part's maker, however many brands name it elsewhere.
    boolean placedAsMaker = f.use().aftermarket() && f.use().hit().firstToken() <= 3;
    if (runningText && !weak && !comparative && !placedAsMaker && isReference(scan, f.use())) {
      return new Verdict(Rule.TM_COMPATIBILITY, Severity.INFO, reference(f));
    }
    // An aftermarket part of another brand names the mark it fits; an unbranded one that puts
    // the mark first is presented as the mark's own (Generic "Zorblax charger").
    if (f.use().aftermarket()
        && ownBrand
        && !weak
        && f.position() != ListingScan.Position.BODY
        && relation != Relation.UNRELATED) {
      return exactFinding(
          f,
          Severity.MEDIUM,
          "; placed before an aftermarket product it reads as the maker of the part: write \"for "
              + f.mark().name()
              + "\" or \"compatible with "
              + f.mark().name()
              + "\" instead");
    }
    switch (f.position()) {
      case BRAND_FIELD:
        return null;
      case TITLE_START:
        if (scan.hasEmptyBrandField()) {
          return null;
        }
        if (weak) {
          return relation == Relation.RELATED
              ? exactFinding(f, Severity.HIGH, presentedAs(f))
              : null;
        }
        if (relation != Relation.UNRELATED) {
          return exactFinding(f, Severity.HIGH, presentedAs(f));
        }
        return famous ? exactFinding(f, Severity.MEDIUM, presentedAs(f)) : null;
      case CO_BRAND:
      case MAKER:
        if (weak && relation != Relation.RELATED) {
          return null;
        }
        // Without a brand field, "Stag Disney" and "Anchor by Panasonic" are how such titles name
        // licensed or parent brands; beside a brand field that names another brand, the mark
        // claims goods it did not make.
        if (scan.hasEmptyBrandField() || relation == Relation.UNRELATED) {
          return sourceProof(f);
        }
        if (f.position() == ListingScan.Position.MAKER) {
          return exactFinding(
              f,
              Severity.MEDIUM,
              "; the brand field names another maker: sell it under the mark's owner's brand if"
                  + " the goods are genuine, or remove the claim");
        }
        return exactFinding(
            f,
            relation == Relation.RELATED ? Severity.HIGH : Severity.MEDIUM,
            "; co-branded or licensed goods need the licence, otherwise remove the mark");
      case TITLE:
        if (weak) {
          // An ordinary word in its own goods is usually the word; "like Dove" is the brand.
          return relation == Relation.RELATED && comparative
              ? exactFinding(f, Severity.MEDIUM, presentedAs(f))
              : null;
        }
        if (famous) {
          Severity s;
          if (ownBrand) {
            // Beside the listing's own brand a famous mark is mostly a licence, a component or
            // a keyword: a person should look (MEDIUM); a comparison with it is a claim (HIGH).
            s =
                switch (relation) {
                  case RELATED, UNKNOWN -> comparative ? Severity.HIGH : Severity.MEDIUM;
                  default -> comparative ? Severity.MEDIUM : Severity.LOW;
                };
          } else {
            s = relation == Relation.UNRELATED ? Severity.MEDIUM : Severity.HIGH;
          }
          return mention(f, s, ownBrand);
        }
        if (relation != Relation.RELATED) {
          return null;
        }
        return mention(f, ownBrand && !comparative ? Severity.MEDIUM : Severity.HIGH, ownBrand);
      case BODY:
      default:
        if (weak) {
          // In running text a capitalised ordinary word mid-sentence is a name ("switch to Shell
          // oil"), and a comparison names a competitor ("as gentle as Dove").
          return relation == Relation.RELATED && (comparative || f.use().properNoun())
              ? exactFinding(f, Severity.MEDIUM, presentedAs(f))
              : null;
        }
        if (famous) {
          Severity s;
          if (ownBrand) {
            s =
                switch (relation) {
                  case RELATED -> Severity.MEDIUM;
                  case UNKNOWN -> Severity.LOW;
                  default -> null;
                };
          } else {
            s = relation == Relation.UNRELATED ? Severity.LOW : Severity.MEDIUM;
          }
          return s == null ? null : mention(f, s, ownBrand);
        }
        if (relation != Relation.RELATED) {
          return null;
        }
        return mention(f, ownBrand ? Severity.LOW : Severity.MEDIUM, ownBrand);
    }
  }

  private static String presentedAs(Facts f) {
    return "; name another company's brand only when selling its genuine product under that brand,"
        + " or in a compatibility statement";
  }

  private static String besideOwnBrand() {
    return "; beside the listing's own brand this reads as a licence, a component or keyword use:"
        + " keep the licence, or say \"compatible with\"";
  }

  /** A mark named in running text, beside the listing's own brand or on an unbranded listing. */
  private static Verdict mention(Facts f, Severity severity, boolean ownBrand) {
    return exactFinding(f, severity, ownBrand ? besideOwnBrand() : presentedAs(f));
  }

  private static Verdict exactFinding(Facts f, Severity severity, String consequence) {
    return new Verdict(Rule.TM_EXACT, severity, sentence(f, consequence));
  }

  private static Verdict sourceProof(Facts f) {
    Mark mark = f.mark();
    return new Verdict(
        Rule.TM_SOURCE_PROOF,
        Severity.LOW,
        "The "
            + where(f)
            + " names "
            + mark.name()
            + (f.position() == ListingScan.Position.MAKER ? " as the maker" : " beside the brand")
            + ": keep the licence or supplier invoices from the last 365 days that prove the goods"
            + " are genuine "
            + mark.name()
            + " goods.");
  }

  private static String compatibility(Facts f) {
    Mark mark = f.mark();
    return "The "
        + where(f)
        + " names "
        + mark.name()
        + " in a compatibility statement, which is allowed as long as the product is not"
        + " presented as made or endorsed by "
        + Sentences.end(mark.owner().isEmpty() ? "the mark's owner" : mark.owner());
  }

  private static String reference(Facts f) {
    Mark mark = f.mark();
    return "The "
        + where(f)
        + " names "
        + mark.name()
        + " as listings of many brands in this catalogue do, as a platform, standard or component"
        + " the goods work with; allowed for genuine goods as long as the product is not presented"
        + " as "
        + mark.name()
        + "'s own.";
  }

  private static String platform(Facts f) {
    Mark mark = f.mark();
    return "The "
        + where(f)
        + " names "
        + mark.name()
        + " as a platform, standard or component the goods work with or contain, which is"
        + " allowed for genuine goods as long as the product is not presented as "
        + mark.name()
        + "'s own.";
  }

  /**
   * One sentence saying what was found and why it matters: "The title is a close spelling of the
   * famous mark NIKE (reg. 1, Nike, Inc.) at the brand-like start of the title, in a related class
   * (25); buyers may take the goods for the mark owner's."
   */
  private static String sentence(Facts f, String consequence) {
    var sb = new StringBuilder("The ");
    sb.append(where(f)).append(' ');
    sb.append(verb(f.use().hit().kind())).append(' ');
    sb.append(
        switch (f.strength()) {
          case FAMOUS -> "the famous mark ";
          case WEAK -> "the mark ";
          default -> "the registered mark ";
        });
    sb.append(Findings.describe(f.mark()));
    String place = placePhrase(f.position());
    if (!place.isEmpty()) {
      sb.append(' ').append(place);
    }
    sb.append(relationPhrase(f));
    sb.append(consequence);
    return Sentences.end(sb.toString());
  }

  private static String verb(MatchKind kind) {
    return switch (kind) {
      case EXACT -> "uses";
      case TYPO -> "is a close spelling of";
      case PHONETIC -> "sounds like and is spelt close to";
      case LEET -> "imitates with digits or symbols";
      case CONFUSABLE -> "imitates with look-alike characters";
      case SPACING -> "spaces out or splits";
    };
  }

  private static String placePhrase(ListingScan.Position position) {
    return switch (position) {
      case TITLE_START -> "at the brand-like start of the title";
      case CO_BRAND -> "beside the brand at the start of the title";
      case MAKER -> "as the maker";
      default -> "";
    };
  }

  private static String relationPhrase(Facts f) {
    Set<Integer> classes = classesOf(f.scan().index, f.use().hit().key());
    return switch (f.relation()) {
      case NEIGHBOUR -> ", in goods next to the famous mark's own (classes " + join(classes) + ")";
      case RELATED -> {
        var shared = new TreeSet<Integer>(classes);
        shared.retainAll(f.scan().categoryClasses);
        yield ", in a related class (" + join(shared) + ")";
      }
      case UNRELATED ->
          f.strength() == Strength.FAMOUS
              ? ", outside its classes (" + join(classes) + ") but famous enough to reach them"
              : "";
      case UNKNOWN -> "";
    };
  }

  private static String join(Set<Integer> classes) {
    var sb = new StringBuilder();
    for (int c : classes) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static Rule ruleFor(ListingScan.Position position, Rule text) {
    return switch (position) {
      case BRAND_FIELD -> Rule.TM_BRAND_LOOKALIKE;
      case SEARCH_TERMS -> Rule.POLICY_SEARCH_TERMS;
      default -> text;
    };
  }

  /** "title", "bullet point 2", "description", "brand", "search terms". */
  static String where(Facts f) {
    return place(f.use().where());
  }

  static String place(ListingScan.Where where) {
    return switch (where.field()) {
      case TITLE -> "title";
      case BRAND -> "brand";
      case BULLET_POINT -> "bullet point " + (where.index() + 1);
      case DESCRIPTION -> "description";
      case SEARCH_TERMS -> "search terms";
    };
  }

  static boolean isBody(ListingField field) {
    return field == ListingField.BULLET_POINT || field == ListingField.DESCRIPTION;
  }
}
