package com.clearmark.engine.screening;

import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.index.MarkHit;
import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.index.MarkScanner;
import com.clearmark.engine.index.MatchKind;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.listing.ListingField;
import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.text.Lexicon;
import com.clearmark.engine.text.TextFolding;
import com.clearmark.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Everything the policies need to know about one listing, gathered in one pass over its fields: the
 * marks found, where each stands and what surrounds it, the signal words found, and whose brand the
 * listing is sold under.
 *
 * <p>The scanner only says that a stretch of text resembles a mark. Whether that resemblance is a
 * use of the mark depends on context gathered here: the position of the words (the brand field, the
 * brand-like start of the title, a maker after "by", or running text), the cue words around them
 * (compatibility, platform, list of models), the listing's own brand, and what explains a
 * look-alike away (a word of another language, a brand of the catalogue, a word many brands use,
 * the cut-off last word of a truncated title). {@link MarkUseJudge} turns these facts into a
 * verdict.
 */
final class ListingScan {

  /**
   * How many words after a compatibility cue a mark is still part of the statement ("for OtterBox
   * Defender Series Case, iPhone 15"), unless a sentence ends first.
   */
  static final int COMPATIBILITY_REACH = 6;

  /** Tokens after the start of the title within which a second mark is a co-brand. */
  static final int CO_BRAND_REACH = 1;

  /** One field of the listing; {@code index} numbers bullets from 0. */
  record Where(ListingField field, int index, String text) {
    String label() {
      return field.label(index);
    }
  }

  /** Where a mark stands, which says whether it reads as the name of the goods' maker. */
  enum Position {
    /** The listing's brand field. */
    BRAND_FIELD,
    /** The first words of the title, after a prefix such as "(Renewed)". */
    TITLE_START,
    /** Just after the title's opening brand: "Stag Disney", "Samsung Galaxy". */
    CO_BRAND,
    /** Named as the maker: "Anchor by Panasonic", "Amazon Brand - Solimo". */
    MAKER,
    /** Elsewhere in the title. */
    TITLE,
    /** A bullet point or the description. */
    BODY,
    /** The backend search terms. */
    SEARCH_TERMS;

    boolean isBrandLike() {
      return this == BRAND_FIELD || this == TITLE_START || this == CO_BRAND || this == MAKER;
    }
  }

  /**
   * A stretch of text that resembles a mark, with its context.
   *
   * @param authorized the mark is a brand the seller owns or is authorized for here
   * @param compatibility the mark follows a compatibility cue (compatible with, for, fits), or is a
   *     further model in the list that follows one
   * @param platform the mark names a platform, standard or component the goods work with (Android
   *     TV, Bluetooth 5.3, powered by Intel, fulfilled by Amazon)
   * @param explained the look-alike has an innocent explanation: the word is a brand or product
   *     word of the catalogue, or the cut-off end of a truncated title
   */
  record MarkUse(
      Where where,
      MarkHit hit,
      Position position,
      boolean authorized,
      boolean compatibility,
      boolean platform,
      boolean explained,
      boolean aftermarket,
      boolean comparative,
      boolean properNoun) {}

  final Listing listing;
  final MarkIndex index;
  final SellerContext context;
  final CatalogueProfile catalogue;
  final List<MarkUse> marks = new ArrayList<>();
  final List<Signal> signals = new ArrayList<>();
  final Set<Integer> categoryClasses;

  /** Keys of the brands the seller owns or has some authorization for, in any scope. */
  private final BitSet ownKeys;

  /** The mark key the listing names as its maker, or -1. */
  int brandMarkKey = -1;

  /**
   * Whether {@link #brandMarkKey} came from the start of the title, the brand field being empty.
   */
  boolean brandFromTitle;

  /** Whether the listing is sold under a brand of its own, registered or not. */
  boolean ownBrand;

  /** The compact key of the brand field, as marks are keyed; empty without a brand. */
  private String brandKey = "";

  /** The folded words of the brand field. */
  private final List<String> brandWords = new ArrayList<>();

  /** Whether the brand field names no brand ("Generic", "Unbranded") or is empty. */
  private boolean noBrandField = true;

  /** Whether the listing has no brand field at all, as the All Listings report has none. */
  private boolean brandFieldEmpty = true;

  /** A signal phrase with its character offsets in the field. */
  record Signal(
      Where where,
      SignalTerms.Phrase phrase,
      int firstToken,
      int lastToken,
      int start,
      int end,
      boolean innocent) {}

  ListingScan(
      Listing listing,
      MarkIndex index,
      SellerContext context,
      CatalogueProfile catalogue,
      Set<Integer> classes,
      BitSet ownKeys) {
    this.listing = listing;
    this.index = index;
    this.context = context;
    this.catalogue = catalogue;
    this.categoryClasses = classes;
    this.ownKeys = ownKeys;
  }

  /** Scans every text field of the listing with the given per-thread tools. */
  void scan(MarkScanner scanner, SignalTerms terms, Scratch scratch) {
    scanField(new Where(ListingField.BRAND, 0, listing.brand()), scanner, terms, scratch);
    scanField(new Where(ListingField.TITLE, 0, listing.title()), scanner, terms, scratch);
    for (int b = 0; b < listing.bulletPoints().size(); b++) {
      scanField(
          new Where(ListingField.BULLET_POINT, b, listing.bulletPoints().get(b)),
          scanner,
          terms,
          scratch);
    }
    scanField(
        new Where(ListingField.DESCRIPTION, 0, listing.description()), scanner, terms, scratch);
    scanField(
        new Where(ListingField.SEARCH_TERMS, 0, listing.searchTerms()), scanner, terms, scratch);
  }

  private void scanField(Where where, MarkScanner scanner, SignalTerms terms, Scratch scratch) {
    if (where.text().isEmpty()) {
      if (where.field() == ListingField.TITLE) {
        ownBrand = !noBrandField;
      }
      return;
    }
    scratch.hits.clear();
    if (where.field() == ListingField.BRAND) {
      scanner.scanBrand(where.text(), scratch.hits);
    } else {
      scanner.scan(where.text(), scratch.hits);
    }
    Tokenizer tokens = scanner.tokens();
    int n = tokens.size();
    scratch.ids = terms.wordIds(tokens, scratch.ids);
    int[] ids = scratch.ids;
    int firstSignal = signals.size();
    for (int t = 0; t < n; t++) {
      if (ids[t] < 0) {
        continue;
      }
      for (SignalTerms.Phrase p : terms.phrasesStartingWith(ids[t])) {
        if (terms.matches(p, ids, n, t, tokens, where.text())) {
          int last = t + p.words().length;
          int next = last < n ? ids[last] : -1;
          boolean innocent =
              switch (p.kind()) {
                case COUNTERFEIT_NEAR_MARK -> terms.isMaterial(next);
                case COUNTERFEIT_STRONG, PIRACY, COUNTERFEIT_GRADE ->
                    terms.isInnocentAfter(p, next);
                case STYLE -> p.text().equals("type") && isTechnicalAfter(tokens, last);
                default -> false;
              };
          signals.add(
              new Signal(where, p, t, last, tokens.start(t), tokens.end(last - 1), innocent));
        }
      }
    }
    if (where.field() == ListingField.BRAND) {
      readBrandField(tokens, terms, ids, n);
    }
    int titleStart =
        where.field() == ListingField.TITLE ? titleStart(tokens, terms, ids, where.text()) : 0;
    boolean truncated = where.field() == ListingField.TITLE && isTruncated(where.text());
    int fieldStart = marks.size();
    for (MarkHit hit : scratch.hits) {
      Position position = position(where, hit, tokens, terms, ids, titleStart);
      boolean compatibility = followsCompatibilityCue(where, hit, firstSignal);
      if (!compatibility && marks.size() > fieldStart) {
        compatibility =
            continuesModelList(where, hit, tokens, terms, ids, marks.get(marks.size() - 1));
      }
      boolean platform = isPlatform(hit, tokens, terms, ids, where.text());
      boolean aftermarket = isAftermarket(hit, tokens, terms, ids);
      boolean comparative =
          hit.firstToken() > 0 && terms.is(SignalTerms.Cue.COMPARATIVE, ids[hit.firstToken() - 1]);
      boolean properNoun =
          MarkUseJudge.isBody(where.field()) && isCapitalisedMidSentence(hit, tokens, where.text());
      boolean explained =
          hit.kind().isLookalike()
              && isExplained(where, hit, tokens, truncated && hit.lastToken() == n);
      marks.add(
          new MarkUse(
              where,
              hit,
              position,
              isAuthorized(hit.key()),
              compatibility,
              platform,
              explained,
              aftermarket,
              comparative,
              properNoun));
    }
    // A platform named in a list ("Alexa/Google Assistant") lends its cue to the marks before it.
    for (int u = marks.size() - 1; u > fieldStart; u--) {
      MarkUse later = marks.get(u);
      MarkUse before = marks.get(u - 1);
      if (later.platform()
          && !before.platform()
          && onlyListSeparators(where.text(), before.hit().end(), later.hit().start())) {
        marks.set(u - 1, withPlatform(before));
      }
    }
    if (where.field() == ListingField.TITLE) {
      readTitleBrand(tokens, titleStart, fieldStart);
    }
  }

  private static MarkUse withPlatform(MarkUse u) {
    return new MarkUse(
        u.where(),
        u.hit(),
        u.position(),
        u.authorized(),
        u.compatibility(),
        true,
        u.explained(),
        u.aftermarket(),
        u.comparative(),
        u.properNoun());
  }

  private void readBrandField(Tokenizer tokens, SignalTerms terms, int[] ids, int n) {
    var key = new StringBuilder();
    boolean named = false;
    for (int t = 0; t < n; t++) {
      key.append(tokens.buffer(), tokens.normStart(t), tokens.normLength(t));
      named |= !terms.is(SignalTerms.Cue.NO_BRAND, ids[t]);
      if (t < 8) {
        brandWords.add(tokens.term(t));
      }
    }
    noBrandField = !named;
    brandFieldEmpty = n == 0;
    if (noBrandField) {
      brandWords.clear();
      return;
    }
    brandKey = key.toString();
    ownBrand = true;
  }

  /**
   * After the title is scanned: the brand the listing is sold under. With a brand field that names
   * a brand, the mark it opens with; without one, a mark at the start of the title, as marketplace
   * title rules put the brand first; failing that, an opening word that is not an ordinary word is
   * a brand of the seller's own that no register holds.
   */
  private void readTitleBrand(Tokenizer tokens, int titleStart, int fieldStart) {
    if (!noBrandField) {
      for (MarkUse use : marks) {
        if (use.position() == Position.BRAND_FIELD
            && use.hit().firstToken() == 0
            && !use.hit().kind().isLookalike()) {
          brandMarkKey = use.hit().key();
          break;
        }
      }
      return;
    }
    if (!brandFieldEmpty) {
      // "Generic": the seller says the goods carry no brand, so a mark in the title is no brand.
      return;
    }
    for (int u = fieldStart; u < marks.size(); u++) {
      MarkUse use = marks.get(u);
      if (use.position() == Position.TITLE_START
          && !use.hit().kind().isLookalike()
          && isBrandOfTitle(use.hit().key())) {
        brandMarkKey = use.hit().key();
        brandFromTitle = true;
        ownBrand = true;
        return;
      }
    }
    // Marketplace title rules put the brand first: without a brand field, the opening word is
    // the seller's own brand even when no register holds it and it is an English word.
    if (titleStart < tokens.size()) {
      ownBrand = tokens.has(titleStart, Tokenizer.HAS_LETTER) && tokens.normLength(titleStart) >= 2;
    }
  }

  /**
   * Whether a mark opening the title names the listing's brand: any mark but a short one written in
   * lower case, and an ordinary-word mark only in its own goods (Apple Cider Vinegar is not sold
   * under APPLE).
   */
  private boolean isBrandOfTitle(int key) {
    MarkUseJudge.Strength strength = MarkUseJudge.strength(this, key);
    MarkUseJudge.Relation relation = MarkUseJudge.relation(this, key);
    if (strength == MarkUseJudge.Strength.WEAK) {
      // A famous word mark (PAMPERS, AMAZON) opening a title without a brand field is its brand.
      return relation == MarkUseJudge.Relation.RELATED || index.isFamous(key);
    }
    // A short mark alone at the start of a title (LG, HP) stands where the brand stands.
    return relation != MarkUseJudge.Relation.UNRELATED
        || strength == MarkUseJudge.Strength.FAMOUS
        || strength == MarkUseJudge.Strength.SHORT;
  }

  private static final Lexicon ENGLISH = Lexicon.english();

  /**
   * The first token of the title that can be its brand: past a bracketed prefix such as "(Renewed)"
   * or "[Pack of 2]" and past words such as "Renewed" or "Original".
   */
  private static int titleStart(Tokenizer tokens, SignalTerms terms, int[] ids, String text) {
    int n = tokens.size();
    int bracketEnd = -1;
    int lead = 0;
    while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
      lead++;
    }
    if (lead < text.length() && (text.charAt(lead) == '(' || text.charAt(lead) == '[')) {
      char close = text.charAt(lead) == '(' ? ')' : ']';
      bracketEnd = text.indexOf(close, lead);
    }
    int t = 0;
    while (t < n && t < 6) {
      if (tokens.start(t) < bracketEnd
          || terms.is(SignalTerms.Cue.TITLE_PREFIX, ids[t])
          || !tokens.has(t, Tokenizer.HAS_LETTER)) {
        t++;
      } else {
        break;
      }
    }
    return t;
  }

  private Position position(
      Where where, MarkHit hit, Tokenizer tokens, SignalTerms terms, int[] ids, int titleStart) {
    switch (where.field()) {
      case BRAND:
        return Position.BRAND_FIELD;
      case SEARCH_TERMS:
        return Position.SEARCH_TERMS;
      default:
        break;
    }
    int first = hit.firstToken();
    if (where.field() == ListingField.TITLE && first <= titleStart) {
      return Position.TITLE_START;
    }
    if (isMaker(hit, terms, ids, tokens.size())) {
      return Position.MAKER;
    }
    if (where.field() != ListingField.TITLE) {
      return Position.BODY;
    }
    // Without a brand field the title opens with the brand, whatever word it is (Stag, Transcend).
    if (first <= titleStart + CO_BRAND_REACH
        && (brandFieldEmpty || opensWithBrand(tokens, titleStart))) {
      return Position.CO_BRAND;
    }
    return Position.TITLE;
  }

  /** Whether the title opens with a word that can be a brand: a mark, or not an ordinary word. */
  private boolean opensWithBrand(Tokenizer tokens, int titleStart) {
    if (titleStart >= tokens.size()) {
      return false;
    }
    for (MarkUse use : marks) {
      if (use.where().field() == ListingField.TITLE && use.hit().firstToken() <= titleStart) {
        return true;
      }
    }
    return tokens.has(titleStart, Tokenizer.HAS_LETTER)
        && !ENGLISH.containsWord(
            tokens.buffer(), tokens.normStart(titleStart), tokens.normLength(titleStart));
  }

  /** "by Panasonic" (not "fulfilled by Amazon"), or "Amazon Brand". */
  private static boolean isMaker(MarkHit hit, SignalTerms terms, int[] ids, int n) {
    int before = hit.firstToken() - 1;
    if (before >= 0 && terms.is(SignalTerms.Cue.MAKER, ids[before])) {
      return before == 0
          || (!terms.is(SignalTerms.Cue.SERVICE_BY, ids[before - 1])
              && !terms.is(SignalTerms.Cue.CLAIM_BY, ids[before - 1]));
    }
    return hit.lastToken() < n && terms.is(SignalTerms.Cue.BRAND_WORD, ids[hit.lastToken()]);
  }

  private boolean followsCompatibilityCue(Where where, MarkHit hit, int firstSignal) {
    for (int s = firstSignal; s < signals.size(); s++) {
      Signal signal = signals.get(s);
      if (signal.phrase().kind() == SignalTerms.Kind.COMPATIBILITY
          && signal.lastToken() <= hit.firstToken()
          && hit.firstToken() - signal.lastToken() <= reach(signal.phrase())
          && !endsSentence(where.text(), signal.end(), hit.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the hit is a further model in a list that a compatibility cue opened: only model
   * numbers, list words and separators stand between it and a mark already in the statement
   * ("Compatible for iPhone 14/iPhone 13 Pro/Galaxy S23").
   */
  private static boolean continuesModelList(
      Where where, MarkHit hit, Tokenizer tokens, SignalTerms terms, int[] ids, MarkUse previous) {
    if (previous.where() != where || !previous.compatibility()) {
      return false;
    }
    if (endsSentence(where.text(), previous.hit().end(), hit.start())) {
      return false;
    }
    for (int t = previous.hit().lastToken(); t < hit.firstToken(); t++) {
      boolean model =
          tokens.has(t, Tokenizer.HAS_DIGIT)
              || tokens.normLength(t) <= 2
              || terms.is(SignalTerms.Cue.MODEL_LIST, ids[t])
              || !ENGLISH.containsWord(tokens.buffer(), tokens.normStart(t), tokens.normLength(t));
      if (!model) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the mark names a platform, standard or component: a platform word or a version number
   * follows it (Android TV, Bluetooth 5.3), a platform cue precedes it (powered by Intel), or it
   * follows a service's "by" (fulfilled by Amazon).
   */
  private static boolean isPlatform(
      MarkHit hit, Tokenizer tokens, SignalTerms terms, int[] ids, String text) {
    int next = hit.lastToken();
    if (next < tokens.size()) {
      if (terms.is(SignalTerms.Cue.PLATFORM_AFTER, ids[next])) {
        return true;
      }
      if (isVersion(tokens, next, text)) {
        return true;
      }
    }
    int before = hit.firstToken() - 1;
    if (before >= 0) {
      if (terms.is(SignalTerms.Cue.PLATFORM_BEFORE, ids[before])) {
        return true;
      }
      if (before >= 1
          && terms.is(SignalTerms.Cue.MAKER, ids[before])
          && terms.is(SignalTerms.Cue.SERVICE_BY, ids[before - 1])
          && !terms.is(SignalTerms.Cue.MAKER, ids[before - 1])) {
        return true;
      }
      // "built-in Alexa", "with built in Chromecast"
      if (before >= 1 && isTerm(tokens, before, "in") && isTerm(tokens, before - 1, "built")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an aftermarket word follows the mark, past model names and numbers: "Honda Replacement
   * Key", "Samsung Galaxy S23 Ultra Case".
   */
  private static boolean isAftermarket(
      MarkHit hit, Tokenizer tokens, SignalTerms terms, int[] ids) {
    int n = tokens.size();
    for (int t = hit.lastToken(); t < Math.min(n, hit.lastToken() + 5); t++) {
      if (terms.is(SignalTerms.Cue.AFTERMARKET, ids[t])) {
        return true;
      }
      boolean model =
          tokens.has(t, Tokenizer.HAS_DIGIT)
              || terms.is(SignalTerms.Cue.MODEL_LIST, ids[t])
              || !ENGLISH.containsWord(tokens.buffer(), tokens.normStart(t), tokens.normLength(t));
      if (!model && t > hit.lastToken() + 1) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the hit is capitalised in the middle of a sentence of a text written mostly in lower
   * case, as names are: "switch to Shell or any synthetic oil".
   */
  private static boolean isCapitalisedMidSentence(MarkHit hit, Tokenizer tokens, String text) {
    int first = hit.firstToken();
    if (first == 0
        || !tokens.has(first, Tokenizer.UPPER_FIRST)
        || hit.end() - hit.start() < 2
        || !Character.isLowerCase(text.charAt(hit.start() + 1))) {
      return false;
    }
    for (int i = hit.start() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (".!?:|;\n(\"".indexOf(c) >= 0) {
        return false;
      }
      if (!Character.isWhitespace(c)) {
        break;
      }
    }
    int lower = 0;
    int words = 0;
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.has(t, Tokenizer.HAS_LETTER) && tokens.normLength(t) > 2) {
        words++;
        if (!tokens.has(t, Tokenizer.UPPER_FIRST)) {
          lower++;
        }
      }
    }
    return lower * 2 > words;
  }

  /** Whether the token's folded characters are the word, without making a string of them. */
  private static boolean isTerm(Tokenizer tokens, int t, String word) {
    if (tokens.normLength(t) != word.length()) {
      return false;
    }
    char[] buf = tokens.buffer();
    int off = tokens.normStart(t);
    for (int i = 0; i < word.length(); i++) {
      if (buf[off + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** A version or standard number straight after a mark: 5.3, 3.0, v2, 6E. */
  private static boolean isVersion(Tokenizer tokens, int t, String text) {
    if (!tokens.has(t, Tokenizer.HAS_DIGIT) || tokens.normLength(t) > 3) {
      return false;
    }
    int end = tokens.end(t);
    boolean dotted =
        end + 1 < text.length()
            && text.charAt(end) == '.'
            && Character.isDigit(text.charAt(end + 1));
    char first = tokens.buffer()[tokens.normStart(t)];
    return dotted || first == 'v';
  }

  /** "Type C", "Style 2": a letter or number after style or type names a variant. */
  private static boolean isTechnicalAfter(Tokenizer tokens, int t) {
    if (t >= tokens.size()) {
      return false;
    }
    return tokens.normLength(t) == 1 || tokens.has(t, Tokenizer.HAS_DIGIT);
  }

  private static boolean onlyListSeparators(String text, int from, int to) {
    if (to < from || to - from > 4) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != '/' && c != ',' && c != '&' && c != ' ' && c != '+') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a look-alike has an innocent explanation: the cut-off end of a truncated title, or
   * words the catalogue itself explains (an established brand, a product word of many brands).
   */
  private boolean isExplained(Where where, MarkHit hit, Tokenizer tokens, boolean cutOff) {
    if (cutOff) {
      return true;
    }
    if (hit.kind() != MatchKind.TYPO && hit.kind() != MatchKind.PHONETIC) {
      return false;
    }
    char[] buf = tokens.buffer();
    for (int t = hit.firstToken(); t < hit.lastToken(); t++) {
      int off = tokens.normStart(t);
      int len = tokens.normLength(t);
      if (!catalogue.isEstablishedBrandWord(buf, off, len)
          && !catalogue.isProductWord(buf, off, len)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a title ends cut off, as marketplace exports truncate long titles. */
  private static boolean isTruncated(String title) {
    String t = title.stripTrailing();
    return t.endsWith("...") || t.endsWith("\u2026");
  }

  /** A bare "for" reaches the next few words only; a clear cue reaches the whole clause. */
  private static int reach(SignalTerms.Phrase cue) {
    return cue.text().equals("for") ? 4 : COMPATIBILITY_REACH;
  }

  /** Whether a sentence, list item or heading ends between the two offsets. */
  static boolean endsSentence(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '|' || c == '\n') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the key is the listing's own brand, a mark of the same owner, or a mark the brand field
   * names or is named by (brand "Amazon Basics" and AMAZON; brand "Samsung" and SAMSUNG GALAXY): a
   * genuine brand named in its own listing.
   */
  /** Whether the key is the listing's registered brand or a mark of the same owner. */
  boolean isListingBrand(int key) {
    return key == brandMarkKey || (brandMarkKey >= 0 && sameOwner(index.markOf(brandMarkKey), key));
  }

  boolean isGenuine(int key) {
    if (key == brandMarkKey) {
      return true;
    }
    if (brandMarkKey >= 0 && sameOwner(index.markOf(brandMarkKey), key)) {
      return true;
    }
    if (brandWords.isEmpty()) {
      return false;
    }
    // Whole words only: brand "Amazon Basics" names AMAZON, brand "Samsung" opens SAMSUNG
    // GALAXY; brand "Kitchenaide" does not name KITCHENAID.
    String k = index.key(key);
    var joined = new StringBuilder();
    for (int from = 0; from < brandWords.size(); from++) {
      joined.setLength(0);
      for (int to = from; to < brandWords.size() && joined.length() < k.length(); to++) {
        joined.append(brandWords.get(to));
        if (joined.length() == k.length() && joined.toString().equals(k)) {
          return true;
        }
      }
    }
    var markWords = new Tokenizer();
    markWords.reset(index.markOf(key).name());
    var opening = new StringBuilder();
    for (int t = 0; t < markWords.size() - 1; t++) {
      opening.append(markWords.term(t));
      if (opening.toString().equals(brandKey)) {
        return true;
      }
    }
    // The owner's own name as the brand (brand "Ferrero" and NUTELLA of Ferrero S.p.A.), when
    // that name is not an ordinary word.
    String first = brandWords.get(0);
    boolean distinctive =
        first.length() >= 3
            && brandWords.size() <= 2
            && !ENGLISH.containsWord(first.toCharArray(), 0, first.length());
    if (distinctive) {
      for (int i = 0; i < index.markCountOf(key); i++) {
        if (first.equals(ownerWord(index.markOf(key, i).owner()))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean sameOwner(Mark brand, int key) {
    String a = ownerWord(brand.owner());
    if (a.isEmpty()) {
      return false;
    }
    for (int i = 0; i < index.markCountOf(key); i++) {
      if (a.equals(ownerWord(index.markOf(key, i).owner()))) {
        return true;
      }
    }
    return false;
  }

  /** The first word of an owner's name, folded: "Nike, Inc." and "NIKE Inc" both give "nike". */
  private static String ownerWord(String owner) {
    String key = TextFolding.compactKey(owner.strip().split("[\\s,.]+", 2)[0]);
    return key.length() >= 2 ? key : "";
  }

  boolean isAuthorized(int key) {
    return ownKeys.get(key) && context.authorizes(index.key(key), listing.asin(), listing.sku());
  }

  /** Whether the brand field names a brand the seller owns or is authorized for. */
  boolean brandIsOwn() {
    return !brandKey.isEmpty() && context.authorizes(brandKey, listing.asin(), listing.sku());
  }

  /** Whether the listing has an empty brand field, so that its title names its brand. */
  boolean hasEmptyBrandField() {
    return brandFieldEmpty;
  }

  private static final Object NO_VERDICT = new Object();

  /** The verdicts given so far, per use; a use is judged by several policies. */
  private final IdentityHashMap<MarkUse, Object> verdicts = new IdentityHashMap<>();

  /** The remembered verdict of a use, computing it the first time it is asked for. */
  MarkUseJudge.Verdict verdict(
      MarkUse use, BiFunction<ListingScan, MarkUse, MarkUseJudge.Verdict> judge) {
    Object known = verdicts.get(use);
    if (known == null) {
      MarkUseJudge.Verdict v = judge.apply(this, use);
      verdicts.put(use, v == null ? NO_VERDICT : v);
      return v;
    }
    return known == NO_VERDICT ? null : (MarkUseJudge.Verdict) known;
  }

  /** Per-thread buffers reused from listing to listing. */
  static final class Scratch {
    final List<MarkHit> hits = new ArrayList<>();
    int[] ids = new int[64];
  }
}
