package com.clearmark.engine.screening;

import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.index.MarkHit;
import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.index.MarkScanner;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.listing.ListingField;
import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Everything the policies need to know about one listing, gathered in one pass over its fields: the
 * marks found with their context, the signal words found, and who the listing says made the
 * product.
 */
final class ListingScan {

  /**
   * How many words after a compatibility cue a mark is still part of the statement ("for OtterBox
   * Defender Series Case, iPhone 15"), unless a sentence ends first.
   */
  static final int COMPATIBILITY_REACH = 6;

  /** One field of the listing; {@code index} numbers bullets from 0. */
  record Where(ListingField field, int index, String text) {
    String label() {
      return field.label(index);
    }
  }

  /**
   * A mark found in a field.
   *
   * @param counts whether the use matters here: the mark is not the seller's own or authorized
   *     brand, and an ordinary-word mark stands where it reads as a brand
   * @param compatibility whether the mark follows a compatibility cue (compatible with, for, fits)
   */
  record MarkUse(Where where, MarkHit hit, boolean counts, boolean compatibility) {}

  final Listing listing;
  final MarkIndex index;
  final SellerContext context;
  final List<MarkUse> marks = new ArrayList<>();
  final List<Signal> signals = new ArrayList<>();
  final Set<Integer> categoryClasses;

  /** Keys of the brands the seller owns or has some authorization for, in any scope. */
  private final java.util.BitSet ownKeys;

  /** The mark key the listing names as its maker, or -1. */
  int brandMarkKey = -1;

  /**
   * Whether {@link #brandMarkKey} came from the start of the title, the brand field being empty.
   */
  boolean brandFromTitle;

  /** The compact key of the brand field, as marks are keyed; empty without a brand. */
  private String brandKey = "";

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
      Set<Integer> classes,
      java.util.BitSet ownKeys) {
    this.listing = listing;
    this.index = index;
    this.context = context;
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
    for (int t = 0; t < n; t++) {
      if (ids[t] < 0) {
        continue;
      }
      for (SignalTerms.Phrase p : terms.phrases()) {
        if (p.words()[0] == ids[t] && terms.matches(p, ids, n, t, tokens, where.text())) {
          int last = t + p.words().length;
          int next = last < n ? ids[last] : -1;
          boolean innocent =
              switch (p.kind()) {
                case COUNTERFEIT_NEAR_MARK -> terms.isMaterial(next);
                case COUNTERFEIT_STRONG, PIRACY -> terms.isInnocentAfter(p, next);
                default -> false;
              };
          signals.add(
              new Signal(where, p, t, last, tokens.start(t), tokens.end(last - 1), innocent));
        }
      }
    }
    for (MarkHit hit : scratch.hits) {
      boolean compatibility = false;
      for (Signal s : signals) {
        if (s.where() == where
            && s.phrase().kind() == SignalTerms.Kind.COMPATIBILITY
            && s.lastToken() <= hit.firstToken()
            && hit.firstToken() - s.lastToken() <= reach(s.phrase())
            && !endsSentence(where.text(), s.end(), hit.start())) {
          compatibility = true;
        }
      }
      marks.add(new MarkUse(where, hit, counts(where, hit), compatibility));
    }
    if (where.field() == ListingField.BRAND) {
      var key = new StringBuilder();
      for (int t = 0; t < n; t++) {
        key.append(tokens.buffer(), tokens.normStart(t), tokens.normLength(t));
      }
      brandKey = key.toString();
      for (MarkUse use : marks) {
        if (use.where() == where
            && use.hit().firstToken() == 0
            && !use.hit().kind().isLookalike()) {
          brandMarkKey = use.hit().key();
          break;
        }
      }
    } else if (where.field() == ListingField.TITLE && listing.brand().isEmpty()) {
      for (MarkUse use : marks) {
        if (use.where() == where
            && use.counts()
            && use.hit().firstToken() == 0
            && !use.hit().kind().isLookalike()) {
          brandMarkKey = use.hit().key();
          brandFromTitle = true;
          break;
        }
      }
    }
  }

  /** A bare "for" reaches the next few words only; a clear cue reaches the whole clause. */
  private static int reach(SignalTerms.Phrase cue) {
    return cue.text().equals("for") ? 4 : COMPATIBILITY_REACH;
  }

  /** Whether a sentence, list item or heading ends between the two offsets. */
  private static boolean endsSentence(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '|' || c == '\n') {
        return true;
      }
    }
    return false;
  }

  private boolean counts(Where where, MarkHit hit) {
    if (isAuthorized(hit.key())) {
      return false;
    }
    if (!index.isOrdinaryWords(hit.key()) || hit.kind().isLookalike()) {
      return true;
    }
    if (where.field() == ListingField.BRAND) {
      return true;
    }
    if (categoryClasses.isEmpty()) {
      return where.field() == ListingField.TITLE && hit.firstToken() == 0;
    }
    for (int i = 0; i < index.markCountOf(hit.key()); i++) {
      Mark mark = index.markOf(hit.key(), i);
      for (int c : mark.niceClasses()) {
        if (categoryClasses.contains(c)) {
          return true;
        }
      }
      if (mark.niceClasses().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the key is the listing's brand or another mark of the brand's owner. */
  boolean isBrandOwners(int key) {
    if (brandMarkKey < 0) {
      return false;
    }
    if (key == brandMarkKey) {
      return true;
    }
    String owner = index.markOf(brandMarkKey).owner();
    return !owner.isEmpty() && owner.equalsIgnoreCase(index.markOf(key).owner());
  }

  boolean isAuthorized(int key) {
    return ownKeys.get(key) && context.authorizes(index.key(key), listing.asin(), listing.sku());
  }

  /** Whether the brand field names a brand the seller owns or is authorized for. */
  boolean brandIsOwn() {
    return !brandKey.isEmpty() && context.authorizes(brandKey, listing.asin(), listing.sku());
  }

  /** Per-thread buffers reused from listing to listing. */
  static final class Scratch {
    final List<MarkHit> hits = new ArrayList<>();
    int[] ids = new int[64];
  }
}
