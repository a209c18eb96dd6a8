package com.clearmark.app.networks;

import com.clearmark.app.enforcement.CaseStatus;
import com.clearmark.app.enforcement.EnforcementCase;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How likely a marketplace seller is to be a repeat infringer, from 0 to 100, with the reasons.
 *
 * <p>Points are for what the brand has already proved or done about the seller, heaviest first:
 * each counterfeit test buy 25 (up to 50), each relisting of a removed listing 20 (up to 40), each
 * listing taken down 15 (up to 45), each case still open 5 (up to 20), and 15 for being linked to
 * other sellers, 10 more when the network has five or more. Every kind is capped so that one kind
 * of evidence alone cannot make a seller a certain infringer; the sum is capped at 100. A seller
 * with no case and no link scores 0.
 */
final class SellerRiskPolicy {

  /** Cases that are still being worked on, neither decided nor closed. */
  static final Set<CaseStatus> OPEN =
      EnumSet.of(
          CaseStatus.DETECTED,
          CaseStatus.VALIDATED,
          CaseStatus.NOTICE_DRAFTED,
          CaseStatus.APPROVED,
          CaseStatus.SENT,
          CaseStatus.COUNTER_NOTICED,
          CaseStatus.REINSTATED);

  private SellerRiskPolicy() {}

  /** A seller's score and, for each kind of evidence that counted, one sentence. */
  record RiskScore(int score, List<String> reasons) {
    RiskScore {
      if (score < 0 || score > 100) {
        throw new IllegalArgumentException("a risk score is from 0 to 100, not " + score);
      }
      reasons = List.copyOf(reasons);
    }

    /** The badge tone of the score: block from 60, review from 25, pass below. */
    public String tone() {
      return score >= 60 ? "block" : score >= 25 ? "review" : "pass";
    }
  }

  /** A case whose listing was taken down, now or before it was closed or enforced again. */
  static boolean takenDown(EnforcementCase c, Set<Long> everRemoved) {
    return c.status() == CaseStatus.REMOVED || everRemoved.contains(c.id());
  }

  static RiskScore score(List<EnforcementCase> cases, int counterfeitBuys, int networkSize) {
    return score(cases, Set.of(), counterfeitBuys, networkSize);
  }

  static RiskScore score(
      List<EnforcementCase> cases, Set<Long> everRemoved, int counterfeitBuys, int networkSize) {
    int takedowns = (int) cases.stream().filter(c -> takenDown(c, everRemoved)).count();
    int relistings = (int) cases.stream().filter(c -> c.relistingOf() != null).count();
    int open = (int) cases.stream().filter(c -> OPEN.contains(c.status())).count();
    List<String> reasons = new ArrayList<>();
    int score = 0;
    score +=
        part(reasons, counterfeitBuys, 25, 50, "counterfeit test buy", "counterfeit test buys");
    score += part(reasons, relistings, 20, 40, "relisting of a removed listing", "relistings");
    score += part(reasons, takedowns, 15, 45, "listing taken down", "listings taken down");
    score += part(reasons, open, 5, 20, "case open", "cases open");
    if (networkSize >= 2) {
      int points = networkSize >= 5 ? 25 : 15;
      score += points;
      reasons.add(
          "linked to "
              + (networkSize - 1)
              + (networkSize == 2 ? " other seller" : " other sellers")
              + " in a network (+"
              + points
              + ")");
    }
    return new RiskScore(Math.min(100, score), reasons);
  }

  private static int part(
      List<String> reasons, int count, int each, int cap, String one, String many) {
    if (count == 0) {
      return 0;
    }
    int points = Math.min(cap, count * each);
    reasons.add(count + " " + (count == 1 ? one : many) + " (+" + points + ")");
    return points;
  }
}
