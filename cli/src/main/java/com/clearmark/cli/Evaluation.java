package com.clearmark.cli;

import com.clearmark.engine.io.InputException;
import com.clearmark.engine.io.InputProblem;
import com.clearmark.engine.io.ListingReader;
import com.clearmark.engine.io.MarkPair;
import com.clearmark.engine.screening.Decision;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.Rule;
import com.clearmark.engine.screening.Screener;
import com.clearmark.engine.screening.ScreeningResult;
import com.clearmark.engine.similarity.MarkSimilarity;
import com.clearmark.engine.similarity.Verdict;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures the engine against a labelled evaluation set: per-rule precision and recall over the
 * rules each listing should fire, decision accuracy, and the accuracy of {@code compare} on
 * labelled mark pairs.
 */
final class Evaluation {

  /** Counts for one rule. */
  record RuleScore(Rule rule, int truePositives, int falsePositives, int falseNegatives) {
    double precision() {
      int predicted = truePositives + falsePositives;
      return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    double recall() {
      int expected = truePositives + falseNegatives;
      return expected == 0 ? 1.0 : (double) truePositives / expected;
    }
  }

  /** One listing whose rules or decision differ from its label. */
  record Miss(
      String id,
      String expectedCase,
      Set<Rule> expected,
      Set<Rule> actual,
      Decision expectedDecision,
      Decision actualDecision,
      String title) {}

  record Result(int listings, Map<Rule, RuleScore> rules, int decisionsRight, List<Miss> misses) {
    double decisionAccuracy() {
      return listings == 0 ? 0 : (double) decisionsRight / listings;
    }
  }

  record PairResult(
      int pairs,
      int right,
      int confusingRight,
      int confusing,
      int distinctRight,
      int distinct,
      List<String> wrong,
      int signPairs,
      int signsRight,
      double auc) {
    double accuracy() {
      return pairs == 0 ? 0 : (double) right / pairs;
    }

    /** Agreement with what the tribunal found of the marks themselves, where it is recorded. */
    double signsAccuracy() {
      return signPairs == 0 ? 0 : (double) signsRight / signPairs;
    }
  }

  private record Label(Decision decision, Set<Rule> rules, String kase) {}

  static Result listings(Path file, Screener screener) throws IOException {
    Map<Long, Label> labels = readLabels(file);
    var tp = new EnumMap<Rule, Integer>(Rule.class);
    var fp = new EnumMap<Rule, Integer>(Rule.class);
    var fn = new EnumMap<Rule, Integer>(Rule.class);
    var misses = new ArrayList<Miss>();
    int n = 0;
    int right = 0;
    try (var reader = ListingReader.open(file, StandardCharsets.UTF_8, true, p -> {})) {
      while (reader.hasNext()) {
        var listing = reader.next();
        Label label = labels.get(listing.line());
        if (label == null) {
          throw new InputException(
              new InputProblem(
                  file.toString(),
                  listing.line(),
                  "expected",
                  "a labelled listing needs an \"expected\" object with decision and rules"));
        }
        ScreeningResult r = screener.screen(listing);
        Set<Rule> actual = EnumSet.noneOf(Rule.class);
        for (Finding f : r.findings()) {
          actual.add(f.rule());
        }
        for (Rule rule : Rule.values()) {
          boolean want = label.rules().contains(rule);
          boolean got = actual.contains(rule);
          if (want && got) {
            tp.merge(rule, 1, Integer::sum);
          } else if (got) {
            fp.merge(rule, 1, Integer::sum);
          } else if (want) {
            fn.merge(rule, 1, Integer::sum);
          }
        }
        n++;
        if (r.decision() == label.decision()) {
          right++;
        }
        if (r.decision() != label.decision() || !actual.equals(label.rules())) {
          misses.add(
              new Miss(
                  listing.id(),
                  label.kase(),
                  label.rules(),
                  actual,
                  label.decision(),
                  r.decision(),
                  listing.title()));
        }
      }
    }
    var rules = new EnumMap<Rule, RuleScore>(Rule.class);
    for (Rule rule : Rule.values()) {
      rules.put(
          rule,
          new RuleScore(
              rule, tp.getOrDefault(rule, 0), fp.getOrDefault(rule, 0), fn.getOrDefault(rule, 0)));
    }
    return new Result(n, rules, right, misses);
  }

  static PairResult pairs(List<MarkPair> pairs) {
    var similarity = new MarkSimilarity();
    int right = 0;
    int confusing = 0;
    int confusingRight = 0;
    int distinct = 0;
    int distinctRight = 0;
    var wrong = new ArrayList<String>();
    int signPairs = 0;
    int signsRight = 0;
    var scores = new ArrayList<double[]>();
    for (MarkPair p : pairs) {
      var s = CompareCommand.score(similarity, p);
      scores.add(new double[] {s.score(), p.label().equalsIgnoreCase("confusing") ? 1 : 0});
      boolean predicted = s.verdict() != Verdict.DISTINCT;
      if (p.signs().equals("similar") || p.signs().equals("dissimilar")) {
        signPairs++;
        if (predicted == p.signs().equals("similar")) {
          signsRight++;
        }
      }
      boolean actual = p.label().equalsIgnoreCase("confusing");
      if (actual) {
        confusing++;
      } else {
        distinct++;
      }
      if (predicted == actual) {
        right++;
        if (actual) {
          confusingRight++;
        } else {
          distinctRight++;
        }
      } else {
        wrong.add(
            String.format(
                Locale.ROOT,
                "%s / %s: labelled %s, scored %.2f %s",
                p.a(),
                p.b(),
                p.label(),
                s.score(),
                s.verdict()));
      }
    }
    return new PairResult(
        pairs.size(),
        right,
        confusingRight,
        confusing,
        distinctRight,
        distinct,
        wrong,
        signPairs,
        signsRight,
        auc(scores));
  }

  /** Area under the ROC curve of (score, label) rows, ties counted half: O(n²), fine for pairs. */
  static double auc(List<double[]> rows) {
    double wins = 0;
    long pos = 0;
    long neg = 0;
    for (double[] p : rows) {
      if (p[1] == 1) {
        pos++;
        for (double[] q : rows) {
          if (q[1] == 0) {
            wins += p[0] > q[0] ? 1 : p[0] == q[0] ? 0.5 : 0;
          }
        }
      } else {
        neg++;
      }
    }
    return pos == 0 || neg == 0 ? Double.NaN : wins / ((double) pos * neg);
  }

  /** The {@code expected} object of every line, by line number. */
  private static Map<Long, Label> readLabels(Path file) throws IOException {
    var labels = new HashMap<Long, Label>();
    var factory = new JsonFactory();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        labels.put(number, label(factory, line, file, number));
      }
    }
    return labels;
  }

  private static Label label(JsonFactory factory, String line, Path file, long number)
      throws IOException {
    Decision decision = null;
    Set<Rule> rules = EnumSet.noneOf(Rule.class);
    String kase = "";
    try (JsonParser p = factory.createParser(line)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (!name.equals("expected")) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          try {
            switch (field) {
              case "decision" -> decision = Decision.valueOf(p.getText());
              case "rules" -> {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                  rules.add(Rule.valueOf(p.getText()));
                }
              }
              case "case" -> kase = p.getText();
              default -> p.skipChildren();
            }
          } catch (IllegalArgumentException e) {
            throw new InputException(
                new InputProblem(
                    file.toString(),
                    number,
                    "expected." + field,
                    "unknown value \"" + p.getText() + "\""));
          }
        }
      }
    }
    if (decision == null) {
      throw new InputException(
          new InputProblem(
              file.toString(), number, "expected.decision", "missing: PASS, REVIEW or BLOCK"));
    }
    return new Label(decision, rules, kase);
  }
}
