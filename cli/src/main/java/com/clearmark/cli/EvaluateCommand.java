package com.clearmark.cli;

import com.clearmark.engine.context.OwnBrand;
import com.clearmark.engine.context.ReferencePrice;
import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.io.MarkPairReader;
import com.clearmark.engine.io.OwnBrandReader;
import com.clearmark.engine.io.ReferencePriceReader;
import com.clearmark.engine.screening.Screener;
import com.clearmark.engine.screening.Thresholds;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "evaluate",
    description = {
      "Measures precision and recall per rule on a labelled evaluation set (JSONL listings with"
          + " an \"expected\" object), and compare's accuracy on labelled mark pairs.",
      "  clearmark evaluate eval/listings.jsonl --marks eval/marks.csv"
          + " --own-brands eval/own-brands.csv --reference-prices eval/reference-prices.csv"
          + " --pairs eval/pairs/decided-pairs.csv"
    })
final class EvaluateCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "LABELLED",
      description = "Labelled listings (JSONL); needs --marks.")
  Path labelled;

  @picocli.CommandLine.Mixin RegistryOptions registry;

  @Option(names = "--own-brands", paramLabel = "FILE")
  Path ownBrands;

  @Option(names = "--reference-prices", paramLabel = "FILE")
  Path referencePrices;

  @Option(
      names = "--pairs",
      paramLabel = "FILE",
      description = "Labelled mark pairs: CSV " + "a,b,label with label confusing or distinct.")
  Path pairs;

  @Option(
      names = "--today",
      defaultValue = "2026-06-01",
      paramLabel = "DATE",
      description =
          "Day authorizations are judged on (default 2026-06-01, so results do not "
              + "change with the calendar).")
  LocalDate today;

  @Option(
      names = "--misses",
      description = "List every listing whose rules or decision differ" + " from its label.")
  boolean misses;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (labelled == null && pairs == null) {
      throw new Clearmark.UserMistake("evaluate needs labelled listings, --pairs FILE, or both");
    }
    if (labelled != null) {
      evaluateListings(out, err);
    }
    if (pairs != null) {
      evaluatePairs(out);
    }
    return 0;
  }

  private void evaluateListings(PrintWriter out, PrintWriter err) throws Exception {
    var index = registry.load(err);
    var own =
        ownBrands == null ? List.<OwnBrand>of() : OwnBrandReader.read(ownBrands, true, p -> {});
    var prices =
        referencePrices == null
            ? List.<ReferencePrice>of()
            : ReferencePriceReader.read(referencePrices, true, p -> {});
    var screener =
        new Screener(
            index,
            new SellerContext(own, prices, today),
            Thresholds.DEFAULT,
            CatalogueLearning.learn(labelled, StandardCharsets.UTF_8));
    var result = Evaluation.listings(labelled, screener);
    out.printf(
        "Evaluation of %s (%s) against %s%n%n",
        Plural.of(result.listings(), "labelled listing"),
        labelled,
        Plural.of(index.markCount(), "mark"));
    out.printf(
        "%-20s %8s %5s %5s %5s %9s %7s%n",
        "rule", "expected", "TP", "FP", "FN", "precision", "recall");
    for (var s : result.rules().values()) {
      out.printf(
          "%-20s %8d %5d %5d %5d %9.3f %7.3f%n",
          s.rule(),
          s.truePositives() + s.falseNegatives(),
          s.truePositives(),
          s.falsePositives(),
          s.falseNegatives(),
          s.precision(),
          s.recall());
    }
    out.printf(
        "%ndecision accuracy: %.3f (%d of %d)%n",
        result.decisionAccuracy(), result.decisionsRight(), result.listings());
    if (misses) {
      out.println();
      for (var m : result.misses()) {
        out.printf(
            "%s [%s] expected %s %s, got %s %s: %s%n",
            m.id(),
            m.expectedCase(),
            m.expectedDecision(),
            m.expected(),
            m.actualDecision(),
            m.actual(),
            TableReport.shorten(m.title(), 90));
      }
    }
  }

  private void evaluatePairs(PrintWriter out) {
    {
      var pr = Evaluation.pairs(MarkPairReader.read(pairs, true, p -> {}));
      out.printf(
          "%ncompare on %s: AUC %.3f; at the POSSIBLY_CONFUSING cut-off"
              + " accuracy %.3f (%d right); confusing %d of %d, distinct %d of %d%n",
          Plural.of(pr.pairs(), "labelled mark pair"),
          pr.auc(),
          pr.accuracy(),
          pr.right(),
          pr.confusingRight(),
          pr.confusing(),
          pr.distinctRight(),
          pr.distinct());
      if (pr.signPairs() > 0) {
        out.printf(
            "compare against what the tribunals found of the marks themselves (%s where"
                + " recorded): accuracy %.3f (%d right)%n",
            Plural.of(pr.signPairs(), "pair"), pr.signsAccuracy(), pr.signsRight());
      }
      if (misses) {
        pr.wrong().forEach(w -> out.println("  " + w));
      }
    }
  }
}
