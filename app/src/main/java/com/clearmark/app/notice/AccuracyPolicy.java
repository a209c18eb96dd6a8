package com.clearmark.app.notice;

import com.clearmark.app.enforcement.TestBuyOutcome;
import com.clearmark.app.monitoring.Capture;
import com.clearmark.app.monitoring.CaptureFinding;
import com.clearmark.app.registry.MarkRow;
import com.clearmark.app.shared.Asin;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.engine.mark.MarkStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The checks a notice passes before it may be approved, each a policy a brand-protection lawyer
 * would name, returning pass or fail with its reason. A notice that fails one is not sent: a wrong
 * notice costs the brand its standing with the marketplace and can wrong a genuine reseller.
 */
sealed interface AccuracyPolicy {

  NoticeCheck check(NoticeEvidence e);

  default String name() {
    return getClass().getSimpleName();
  }

  /** Every policy, in the order the notice page shows them. */
  static List<AccuracyPolicy> all() {
    return List.of(
        new OneIpType(),
        new RegistrationLive(),
        new ClassesCoverGoods(),
        new SellerNotAuthorized(),
        new GenuineResaleNeedsCounterfeitEvidence(),
        new CopyrightNamesWork(),
        new ListingStillLive(),
        new RegimeElementsPresent());
  }

  static List<NoticeCheck> run(NoticeEvidence e) {
    return all().stream().map(p -> p.check(e)).toList();
  }

  /** Rules whose finding marks a listing as counterfeit or a lookalike rather than the brand's. */
  Set<String> NOT_GENUINE_RULES =
      Set.of(
          "CF_COUNTERFEIT_TERM",
          "CF_PIRACY",
          "CF_PRICE",
          "PRICE_BELOW_REFERENCE",
          "TM_LOOKALIKE",
          "TM_BRAND_LOOKALIKE");

  /** A notice asserts one right: every case must rest on the right the notice names. */
  record OneIpType() implements AccuracyPolicy {
    @Override
    public NoticeCheck check(NoticeEvidence e) {
      IpType asserted = e.notice().content().ipType();
      List<String> other = new ArrayList<>();
      for (var l : e.listed()) {
        IpType own = IpType.ofRule(l.kase().rule());
        if (own.restsOnMark() != asserted.restsOnMark()
            || (!own.restsOnMark() && own != asserted)) {
          other.add(l.label() + " rests on " + own);
        }
      }
      return other.isEmpty()
          ? NoticeCheck.pass(name(), "Every case rests on " + asserted + ".")
          : NoticeCheck.fail(
              name(),
              "The notice asserts "
                  + asserted
                  + " but "
                  + String.join(", ", other)
                  + "; send those in a notice of their own.");
    }
  }

  /**
   * A trademark notice names a registration the registry holds as live, of an office whose
   * protection reaches the country the marketplace serves (amazon.de: an EU or German mark).
   */
  record RegistrationLive() implements AccuracyPolicy {
    @Override
    public NoticeCheck check(NoticeEvidence e) {
      var content = e.notice().content();
      if (!content.ipType().restsOnMark()) {
        return NoticeCheck.pass(name(), "A " + content.ipType() + " notice asserts no mark.");
      }
      if (content.registration().isEmpty()) {
        return NoticeCheck.fail(name(), "The notice names no registration number.");
      }
      if (e.registration().isEmpty()) {
        return NoticeCheck.fail(
            name(), "Registration " + content.registration() + " is not in the registry.");
      }
      MarkRow mark = e.registration().get();
      if (mark.status() != MarkStatus.LIVE) {
        return NoticeCheck.fail(
            name(),
            "Registration "
                + mark.registration()
                + " is "
                + mark.status().name().toLowerCase(Locale.ROOT)
                + ", not live.");
      }
      String marketplace = e.notice().marketplace();
      var country = Marketplaces.country(marketplace);
      if (country.isEmpty()) {
        return NoticeCheck.fail(name(), "Cannot tell which country " + marketplace + " serves.");
      }
      if (!Marketplaces.covers(mark.jurisdiction(), country.get())) {
        return NoticeCheck.fail(
            name(),
            "Registration "
                + mark.registration()
                + " is a "
                + (mark.jurisdiction().isEmpty()
                    ? "registration of no recorded office"
                    : mark.jurisdiction() + " registration")
                + ", which does not protect the mark in "
                + country.get()
                + " where "
                + marketplace
                + " sells.");
      }
      return NoticeCheck.pass(
          name(),
          "Registration "
              + mark.registration()
              + " ("
              + mark.jurisdiction()
              + ") is live and covers "
              + country.get()
              + ".");
    }
  }

  /** The registration's Nice classes cover the goods of each listing's category. */
  record ClassesCoverGoods() implements AccuracyPolicy {
    @Override
    public NoticeCheck check(NoticeEvidence e) {
      if (!e.notice().content().ipType().restsOnMark()) {
        return NoticeCheck.pass(name(), "Not a trademark notice: no classes to cover.");
      }
      if (e.registration().isEmpty()) {
        return NoticeCheck.fail(name(), "No registration in the registry to read classes from.");
      }
      MarkRow mark = e.registration().get();
      if (mark.niceClasses().isEmpty()) {
        return NoticeCheck.fail(
            name(), "The registry records no Nice classes for " + mark.registration() + ".");
      }
      List<String> uncovered = new ArrayList<>();
      for (var l : e.listed()) {
        Capture c = l.current();
        String category = c == null ? "" : c.category();
        if (l.goodsClasses().isEmpty()) {
          uncovered.add(l.label() + ": the category '" + category + "' names no known goods");
          continue;
        }
        Set<Integer> shared = new HashSet<>(l.goodsClasses());
        shared.retainAll(mark.niceClasses());
        if (shared.isEmpty()) {
          uncovered.add(l.label() + ": '" + category + "' is class " + joined(l.goodsClasses()));
        }
      }
      return uncovered.isEmpty()
          ? NoticeCheck.pass(
              name(), "Classes " + mark.classesText() + " cover the goods of every listing.")
          : NoticeCheck.fail(
              name(),
              "Registration "
                  + mark.registration()
                  + " covers classes "
                  + mark.classesText()
                  + " only; "
                  + String.join("; ", uncovered)
                  + ".");
    }

    private static String joined(Set<Integer> classes) {
      return String.join(", ", new TreeSet<>(classes).stream().map(String::valueOf).toList());
    }
  }

  /** No listing is sold by a seller the brand authorized. */
  record SellerNotAuthorized() implements AccuracyPolicy {
    @Override
    public NoticeCheck check(NoticeEvidence e) {
      List<String> authorized = new ArrayList<>();
      for (var l : e.listed()) {
        if ((l.detected() != null && l.detected().sellerAuthorized())
            || (l.latest() != null && l.latest().sellerAuthorized())) {
          authorized.add(l.label());
        }
      }
      return authorized.isEmpty()
          ? NoticeCheck.pass(name(), "No listing is sold by an authorized seller.")
          : NoticeCheck.fail(
              name(),
              "Sold by a seller the brand authorized: "
                  + String.join(", ", authorized)
                  + ". Take it up with the seller, not the marketplace.");
    }
  }

  /**
   * A trademark notice against a listing that looks like genuine resale (it names the brand as its
   * brand, nothing marks it as counterfeit or a lookalike, its price is not far below the brand's)
   * needs evidence it is not genuine: a test buy that came back counterfeit. Reselling genuine
   * goods is lawful once the brand put them on the market.
   */
  record GenuineResaleNeedsCounterfeitEvidence() implements AccuracyPolicy {
    @Override
    public NoticeCheck check(NoticeEvidence e) {
      var content = e.notice().content();
      if (!content.ipType().restsOnMark()) {
        return NoticeCheck.pass(name(), "Not a trademark notice.");
      }
      List<String> unproven = new ArrayList<>();
      List<String> genuine = new ArrayList<>();
      for (var l : e.listed()) {
        boolean counterfeitBuy =
            l.testBuys().stream().anyMatch(t -> t.outcome() == TestBuyOutcome.COUNTERFEIT);
        boolean genuineBuy =
            l.testBuys().stream().anyMatch(t -> t.outcome() == TestBuyOutcome.GENUINE);
        if (genuineBuy && !counterfeitBuy) {
          // A test buy that came back genuine outweighs any wording or price finding.
          genuine.add(l.label());
        } else if (looksGenuine(l, content.mark()) && !counterfeitBuy) {
          unproven.add(l.label());
        }
      }
      if (!genuine.isEmpty()) {
        return NoticeCheck.fail(
            name(),
            "A test buy of "
                + String.join(", ", genuine)
                + " came back genuine: the goods are the brand's own, and reselling them is"
                + " lawful. Leave these listings out of the notice.");
      }
      return unproven.isEmpty()
          ? NoticeCheck.pass(
              name(),
              "Every listing has a counterfeit or lookalike finding or a counterfeit test buy.")
          : NoticeCheck.fail(
              name(),
              "These look like genuine resale of "
                  + content.mark()
                  + " (the brand's name as brand, no counterfeit or lookalike finding, price not"
                  + " far below the brand's): "
                  + String.join(", ", unproven)
                  + ". Record a test buy that came back counterfeit first.");
    }

    static boolean looksGenuine(NoticeEvidence.Listed l, String mark) {
      Capture c = l.current();
      if (c == null) {
        return false;
      }
      String brand = c.brand() == null ? "" : c.brand().strip();
      boolean brandIsMark = !mark.isEmpty() && brand.equalsIgnoreCase(mark.strip());
      boolean flagged =
          l.findings().stream().map(CaptureFinding::rule).anyMatch(NOT_GENUINE_RULES::contains);
      return brandIsMark && !flagged && !NOT_GENUINE_RULES.contains(l.kase().rule());
    }
  }

  /** A copyright notice identifies the work it protects. */
  record CopyrightNamesWork() implements AccuracyPolicy {
    @Override
    public NoticeCheck check(NoticeEvidence e) {
      var content = e.notice().content();
      if (content.ipType() != IpType.COPYRIGHT) {
        return NoticeCheck.pass(name(), "Not a copyright notice.");
      }
      return content.work().isBlank()
          ? NoticeCheck.fail(name(), "Name the copyrighted work (title, and registration if any).")
          : NoticeCheck.pass(name(), "Names the work: " + content.work() + ".");
    }
  }

  /** Every listing was still up at its last capture: a notice about a gone listing is noise. */
  record ListingStillLive() implements AccuracyPolicy {
    @Override
    public NoticeCheck check(NoticeEvidence e) {
      List<String> gone = new ArrayList<>();
      for (var l : e.listed()) {
        if (l.latest() == null) {
          gone.add(l.label() + " has no capture");
        } else if (!l.latest().available()) {
          gone.add(l.label() + " was found gone on " + l.latest().capturedAt());
        }
      }
      return gone.isEmpty()
          ? NoticeCheck.pass(name(), "Every listing was available at its last capture.")
          : NoticeCheck.fail(name(), String.join("; ", gone) + ".");
    }
  }

  /**
   * What the notice's regime requires is there: Amazon's contact, IP type, registration, ASINs (50
   * at most) and where the infringement appears; eBay's reason code per item and a message of 1,000
   * characters at most; the six elements of 17 U.S.C. 512(c)(3); the elements of DSA Article 16(2).
   */
  record RegimeElementsPresent() implements AccuracyPolicy {

    static final int AMAZON_ASINS = 50;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Override
    public NoticeCheck check(NoticeEvidence e) {
      List<String> missing = missing(e.notice());
      return missing.isEmpty()
          ? NoticeCheck.pass(
              name(), "Every element " + e.notice().content().regime() + " requires is there.")
          : NoticeCheck.fail(name(), String.join("; ", missing) + ".");
    }

    static List<String> missing(Notice n) {
      var c = n.content();
      List<String> out = new ArrayList<>();
      List<NoticeItem> items = n.items();
      if (items.isEmpty()) {
        out.add("no listing");
      }
      switch (c.regime()) {
        case AMAZON -> {
          owner(c, out);
          need(c.contactName(), "contact name", out);
          email(c.contactEmail(), out);
          need(c.contactPhone(), "contact phone", out);
          need(c.contactAddress(), "contact address", out);
          if (c.ipType().restsOnMark()) {
            need(c.registration(), "trademark registration number", out);
          }
          for (NoticeItem i : items) {
            if (!Asin.isValid(i.listingId())) {
              out.add("'" + i.listingId() + "' is not an ASIN");
            }
          }
          if (items.size() > AMAZON_ASINS) {
            out.add(
                items.size()
                    + " ASINs, more than the "
                    + AMAZON_ASINS
                    + " one Amazon report takes: split the notice");
          }
          if (c.appearsIn().isEmpty()) {
            out.add("where the infringement appears (title, images, product, listing detail)");
          }
        }
        case EBAY_VERO -> {
          owner(c, out);
          need(c.contactName(), "contact name", out);
          email(c.contactEmail(), out);
          for (NoticeItem i : items) {
            if (i.reasonCode().isEmpty()) {
              out.add("a reason code for item " + i.listingId());
            }
          }
          if (c.messageToSeller().length() > FieldLimits.NOTICE_MESSAGE_TO_SELLER) {
            out.add(
                "a message to the seller of at most "
                    + FieldLimits.NOTICE_MESSAGE_TO_SELLER
                    + " characters, not "
                    + c.messageToSeller().length());
          }
        }
        case DMCA -> {
          if (c.ipType() != IpType.COPYRIGHT) {
            out.add("a DMCA notice is about a copyright, not a " + c.ipType());
          }
          need(c.signature(), "the signature of the owner or its agent (1)", out);
          need(c.work(), "identification of the copyrighted work (2)", out);
          urls(items, "identification of the infringing material with its URL (3)", out);
          need(c.contactName(), "contact information: name (4)", out);
          if (c.contactAddress().isEmpty()
              && c.contactPhone().isEmpty()
              && c.contactEmail().isEmpty()) {
            out.add("contact information: address, phone or email (4)");
          }
          if (!c.goodFaith()) {
            out.add("the statement of good-faith belief that the use is not authorized (5)");
          }
          if (!c.accurate()) {
            out.add(
                "the statement that the notice is accurate and, under penalty of perjury, that"
                    + " the signer is authorized to act for the owner (6)");
          }
        }
        case EU_DSA -> {
          need(c.body(), "a substantiated explanation of why the content is illegal", out);
          urls(items, "the exact URL of each listing", out);
          need(c.contactName(), "the notifier's name", out);
          email(c.contactEmail(), out);
          if (!c.goodFaith()) {
            out.add("the statement of bona fide belief that the notice is accurate and complete");
          }
        }
      }
      return out;
    }

    private static void owner(NoticeContent c, List<String> out) {
      need(c.rightsOwner(), "rights owner", out);
      if (c.submitter() == Submitter.AGENT) {
        need(c.agentName(), "agent name", out);
      }
    }

    private static void need(String value, String what, List<String> out) {
      if (value == null || value.isBlank()) {
        out.add("missing " + what);
      }
    }

    private static void email(String value, List<String> out) {
      if (value == null || value.isBlank()) {
        out.add("missing contact email");
      } else if (!EMAIL.matcher(value).matches()) {
        out.add("contact email '" + value + "' is not an email address");
      }
    }

    private static void urls(List<NoticeItem> items, String what, List<String> out) {
      for (NoticeItem i : items) {
        if (!i.url().startsWith("http://") && !i.url().startsWith("https://")) {
          out.add("missing " + what + " for " + i.listingId());
        }
      }
    }
  }
}
