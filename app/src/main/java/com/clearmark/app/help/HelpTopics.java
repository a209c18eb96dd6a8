package com.clearmark.app.help;

import com.clearmark.app.appeal.AppealChecks;
import com.clearmark.app.appeal.DocumentCheck;
import com.clearmark.engine.screening.Rule;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The risk-awareness pages: one for each screening rule, one for each appeal document check, and a
 * few guides to the law and the marketplace policies behind them. {@code HelpTopicsTest} fails when
 * a rule or a check is added without its page.
 */
final class HelpTopics {

  private HelpTopics() {}

  /** Declared before {@link #CHECKS}, which is built from it. */
  private static final Map<String, String> CHECK_SUMMARIES =
      Map.of(
          "INVOICE_DATED_WITHIN_YEAR",
          "Why the invoice must be recent, and what to do when the newest one is too old.",
          "INVOICED_QUANTITY_COVERS_SALES",
          "Why the invoices must account for every unit you sold.",
          "SUPPLIER_CONTACT_DETAILS",
          "Why the marketplace wants to be able to reach your supplier.",
          "ACCEPTED_FILE_TYPE",
          "Which files an appeal form takes, and why a photo of a screen is a poor invoice.",
          "AUTHORIZATION_VALID",
          "When a letter of authorization helps, and why it must cover the date and the product.");

  static final Map<Rule, HelpTopic> RULES = rules();

  static final Map<String, HelpTopic> CHECKS = checks();

  static final List<HelpTopic> GUIDES =
      List.of(
          guide(
              "trademark-use",
              "Using someone else's brand name",
              "When naming a brand in a listing is fair, and when it suggests a link that is not"
                  + " there."),
          guide(
              "lookalikes",
              "Look-alike names and confusion",
              "Why a misspelt or disguised brand name is treated like the real one."),
          guide(
              "resale-and-proof-of-source",
              "Reselling genuine goods and proving where they came from",
              "The first-sale idea, its limits, and why invoices decide most appeals."),
          guide(
              "counterfeit-and-piracy",
              "Counterfeit and pirated goods",
              "What marketplaces count as counterfeit or pirated, and why words like \"replica\""
                  + " are enough to lose a listing."),
          guide(
              "copyright",
              "Copyright in product photos and text",
              "Why copying another seller's or the brand's photos and descriptions draws"
                  + " complaints."),
          guide(
              "patents",
              "Patents",
              "How patent complaints differ, and why Clearmark cannot screen for them."),
          guide(
              "marketplace-enforcement",
              "What the marketplace does next",
              "Listing removal, account-health points, stranded and disposed inventory, suspension"
                  + " and appeals."));

  static Optional<HelpTopic> rule(String code) {
    for (Rule r : Rule.values()) {
      if (r.name().equals(code)) {
        return Optional.ofNullable(RULES.get(r));
      }
    }
    return Optional.empty();
  }

  static Optional<HelpTopic> check(String code) {
    return Optional.ofNullable(CHECKS.get(code));
  }

  static Optional<HelpTopic> guide(String slug) {
    return GUIDES.stream().filter(g -> g.path().equals("/help/guides/" + slug)).findFirst();
  }

  private static HelpTopic guide(String slug, String title, String summary) {
    return new HelpTopic("/help/guides/" + slug, "guides/" + slug, title, summary);
  }

  private static Map<Rule, HelpTopic> rules() {
    var out = new EnumMap<Rule, HelpTopic>(Rule.class);
    rule(
        out,
        Rule.TM_EXACT,
        "A protected brand name in the listing",
        "The listing names a registered mark in a way that suggests it is that brand's product.");
    rule(
        out,
        Rule.TM_LOOKALIKE,
        "A look-alike of a protected brand name",
        "A misspelt, disguised or sound-alike form of a registered mark.");
    rule(
        out,
        Rule.TM_BRAND_LOOKALIKE,
        "A look-alike in the brand field",
        "The brand field holds something close to, but not exactly, a registered mark.");
    rule(
        out,
        Rule.TM_SOURCE_PROOF,
        "Reselling a brand: keep proof of source",
        "The listing sells a brand's own goods; an appeal will need invoices.");
    rule(
        out,
        Rule.TM_COMPATIBILITY,
        "Naming a brand to say what fits",
        "A brand is named to describe compatibility; worded carefully this is usually acceptable.");
    rule(
        out,
        Rule.POLICY_SEARCH_TERMS,
        "Other brands in search terms",
        "Search terms name brands the product is not; marketplace policy forbids this.");
    rule(
        out,
        Rule.CF_COUNTERFEIT_TERM,
        "Words that admit a copy",
        "Words like \"replica\" or \"inspired by\" next to a brand read as an admission of"
            + " counterfeit.");
    rule(
        out,
        Rule.CF_PIRACY,
        "Signs of pirated content",
        "Bundles of films, games or software that are unlikely to be licensed.");
    rule(
        out,
        Rule.CF_PRICE,
        "A price far below the brand's",
        "A branded product priced so low that buyers and the marketplace may suspect a fake.");
    rule(
        out,
        Rule.CR_IMAGE,
        "An image that copies a registered work",
        "A listing photo is perceptually the same as a registered photo, artwork or logo.");
    rule(
        out,
        Rule.CR_TEXT,
        "Text that copies a registered work",
        "Bullets or a description repeat most of a registered text or a brand's own copy.");
    rule(
        out,
        Rule.PT_CLAIM,
        "A product that may fall under a patent claim",
        "The listing shows elements of a US patent claim; a person judges the rest.");
    return out;
  }

  private static void rule(Map<Rule, HelpTopic> out, Rule rule, String title, String summary) {
    out.put(
        rule, new HelpTopic("/help/rules/" + rule.name(), "rules/" + rule.name(), title, summary));
  }

  private static Map<String, HelpTopic> checks() {
    var out = new LinkedHashMap<String, HelpTopic>();
    for (DocumentCheck c : AppealChecks.ALL) {
      String summary = CHECK_SUMMARIES.get(c.code());
      if (summary != null) {
        out.put(
            c.code(),
            new HelpTopic("/help/checks/" + c.code(), "checks/" + c.code(), c.name(), summary));
      }
    }
    return out;
  }
}
