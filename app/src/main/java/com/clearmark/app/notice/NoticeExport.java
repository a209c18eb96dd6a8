package com.clearmark.app.notice;

import com.clearmark.app.appeal.PdfLetter;
import com.clearmark.app.web.CsvCells;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A notice as the marketplace takes it: text laid out in the order of the regime's form (to paste
 * into the portal), the same as a PDF, and the bulk CSV layouts (Amazon's one row per ASIN, eBay
 * VeRO's item list with a reason code per item).
 */
final class NoticeExport {

  private NoticeExport() {}

  static String subject(Notice n) {
    var c = n.content();
    return title(c.regime())
        + ": "
        + (c.mark().isEmpty() ? c.ipType().name() : c.mark())
        + " on "
        + n.marketplace();
  }

  static String title(NoticeRegime regime) {
    return switch (regime) {
      case AMAZON -> "Amazon Report Infringement";
      case EBAY_VERO -> "eBay VeRO Notice of Claimed Infringement";
      case DMCA -> "Notice of copyright infringement (17 U.S.C. 512(c)(3))";
      case EU_DSA -> "Notice of illegal content (Regulation (EU) 2022/2065, Article 16)";
    };
  }

  /** The notice's sections: a heading and its paragraph each. */
  static List<String[]> sections(Notice n) {
    var c = n.content();
    List<String[]> out = new ArrayList<>();
    String contact =
        join("\n", c.contactName(), c.contactEmail(), c.contactPhone(), c.contactAddress());
    String owner =
        c.submitter() == Submitter.AGENT
            ? c.agentName() + ", agent acting for " + c.rightsOwner()
            : c.rightsOwner() + " (the rights owner)";
    out.add(new String[] {"Submitted by", owner});
    out.add(new String[] {"Contact", contact});
    out.add(new String[] {"Right asserted", c.ipType().name()});
    if (c.ipType().restsOnMark()) {
      out.add(
          new String[] {
            "Mark and registration",
            c.mark() + (c.registration().isEmpty() ? "" : ", registration " + c.registration())
          });
    }
    if (!c.work().isEmpty()) {
      out.add(new String[] {"Copyrighted work", c.work()});
    }
    out.add(new String[] {"Explanation", c.body()});
    String listings =
        n.items().stream()
            .map(
                i ->
                    "- "
                        + i.listingId()
                        + (i.url().isEmpty() ? "" : " " + i.url())
                        + (i.reasonCode().isEmpty() ? "" : " (reason " + i.reasonCode() + ")"))
            .collect(Collectors.joining("\n"));
    out.add(
        new String[] {
          n.content().regime() == NoticeRegime.AMAZON ? "ASINs" : "Infringing listings", listings
        });
    if (c.regime() == NoticeRegime.AMAZON && !c.appearsIn().isEmpty()) {
      out.add(
          new String[] {
            "Where the infringement appears",
            c.appearsIn().stream().sorted().map(Enum::name).collect(Collectors.joining(", "))
          });
    }
    if (!c.testBuyOrders().isEmpty()) {
      out.add(new String[] {"Test buy orders", c.testBuyOrders()});
    }
    if (c.regime() == NoticeRegime.EBAY_VERO && !c.messageToSeller().isEmpty()) {
      out.add(new String[] {"Message to the seller", c.messageToSeller()});
    }
    List<String> statements = new ArrayList<>();
    if (c.goodFaith()) {
      statements.add(
          c.regime() == NoticeRegime.EU_DSA
              ? "I declare my bona fide belief that the information and allegations in this notice"
                  + " are accurate and complete."
              : "I have a good faith belief that use of the material in the manner complained of is"
                  + " not authorized by the rights owner, its agent, or the law.");
    }
    if (c.accurate()) {
      statements.add(
          "The information in this notice is accurate, and under penalty of perjury, I am"
              + " authorized to act on behalf of the owner of the right that is allegedly"
              + " infringed.");
    }
    if (!statements.isEmpty()) {
      out.add(new String[] {"Statements", String.join("\n", statements)});
    }
    if (!c.signature().isEmpty()) {
      out.add(new String[] {"Signature", "/" + c.signature() + "/"});
    }
    return out;
  }

  static String text(Notice n) {
    StringBuilder out = new StringBuilder(title(n.content().regime())).append("\n\n");
    out.append("To: ").append(n.marketplace()).append("\n");
    if (n.correctsNoticeId() != null) {
      out.append("This notice corrects our notice #").append(n.correctsNoticeId()).append(".\n");
    }
    out.append("\n");
    for (String[] s : sections(n)) {
      out.append(s[0]).append(":\n").append(s[1]).append("\n\n");
    }
    return out.toString().strip() + "\n";
  }

  static byte[] pdf(Notice n) {
    var letter = new PdfLetter(title(n.content().regime()));
    letter.paragraph("To: " + n.marketplace());
    if (n.correctsNoticeId() != null) {
      letter.paragraph("This notice corrects our notice #" + n.correctsNoticeId() + ".");
    }
    for (String[] s : sections(n)) {
      letter.heading(s[0]);
      letter.paragraph(s[1]);
    }
    return letter.toBytes();
  }

  /** The bulk layout of the notice's regime, one row per listing. */
  static String csv(Notice n) {
    var c = n.content();
    StringBuilder out = new StringBuilder();
    switch (c.regime()) {
      case AMAZON -> {
        out.append(
            CsvCells.row(
                "ASIN",
                "Marketplace",
                "IP type",
                "Registration number",
                "Where it appears",
                "Rights owner",
                "Contact email",
                "Test buy order ids",
                "Listing URL"));
        String where =
            c.appearsIn().stream().sorted().map(Enum::name).collect(Collectors.joining(";"));
        for (NoticeItem i : n.items()) {
          out.append(
              CsvCells.row(
                  i.listingId(),
                  n.marketplace(),
                  c.ipType().name(),
                  c.registration(),
                  where,
                  c.rightsOwner(),
                  c.contactEmail(),
                  c.testBuyOrders(),
                  i.url()));
        }
      }
      case EBAY_VERO -> {
        out.append(CsvCells.row("Item number", "Reason code", "Message to seller"));
        for (NoticeItem i : n.items()) {
          out.append(CsvCells.row(i.listingId(), i.reasonCode(), c.messageToSeller()));
        }
      }
      case DMCA, EU_DSA -> {
        out.append(CsvCells.row("URL", "Listing id", "Right", "Work or mark"));
        String what = c.work().isEmpty() ? c.mark() : c.work();
        for (NoticeItem i : n.items()) {
          out.append(CsvCells.row(i.url(), i.listingId(), c.ipType().name(), what));
        }
      }
    }
    return out.toString();
  }

  private static String join(String sep, String... parts) {
    List<String> kept = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        kept.add(p);
      }
    }
    return String.join(sep, kept);
  }
}
