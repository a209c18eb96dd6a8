package com.clearmark.bench.confusion;

import com.clearmark.engine.io.MarkPair;
import com.clearmark.engine.io.MarkPairReader;
import com.clearmark.engine.similarity.ConfusionModel;
import com.clearmark.engine.similarity.Distinctiveness;
import com.clearmark.engine.similarity.Feature;
import com.clearmark.engine.similarity.Goods;
import com.clearmark.engine.similarity.MarkForm;
import com.clearmark.engine.similarity.MarkSimilarity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Fits the confusion model's weights to decided pairs and reports how well it separates confusing
 * from distinct pairs, per source, on predictions it did not fit.
 *
 * <p>Usage: {@code FitConfusion PAIRS.csv [--write MODEL.properties] [--folds 10] [--seed 7]}.
 *
 * <ol>
 *   <li>Every pair becomes a vector of {@link Feature}s ({@link MarkSimilarity#features}), the
 *       goods from its classes, or from its goods in words ({@link Goods#of}). Background pairs
 *       ({@link #background}) are added for fitting only.
 *   <li>The model has two stages ({@link ConfusionModel}): the name components are fitted to what
 *       the tribunal found of the signs, then the outcome to that similarity and the goods
 *       components, gated by it.
 *   <li>For each L2 penalty λ of a small grid, stratified k-fold cross-validation fits on k − 1
 *       folds and predicts the held-out fold; the λ with the best pooled AUC is kept.
 *   <li>With that λ the report gives the cross-validated AUC per source, the AUC when each source
 *       is held out whole (fitted on the others only: how the model carries to a tribunal it has
 *       not seen), and, as a baseline, plain normalised Levenshtein.
 *   <li>The cut-offs are read off the cross-validated predictions: POSSIBLY is the highest
 *       probability at which recall of confusing pairs is still at least {@value #RECALL}, LIKELY
 *       the highest at which it is still {@value #LIKELY_RECALL}: the verdicts split the confusing
 *       pairs into the surest two-fifths, the next two-fifths and the rest. Precision on decided
 *       pairs is nearly flat, every one of them having been alike enough to litigate, so it is
 *       reported, not targeted.
 *   <li>The model is refitted on every pair and written as properties.
 * </ol>
 *
 * <p>Each stage is fitted by Newton's method on the penalised log-likelihood (the bias is not
 * penalised), a {@code (d+1) × (d+1)} linear system per step solved by Gaussian elimination: exact
 * and fast for a few hundred pairs and thirty features.
 */
public final class FitConfusion {

  static final double RECALL = 0.80;
  static final double LIKELY_RECALL = 0.40;
  private static final double[] LAMBDAS = {0.03, 0.1, 0.3, 1, 3, 10};

  record Sample(MarkPair pair, double[] x, boolean confusing) {
    boolean background() {
      return pair.source().equals(BACKGROUND);
    }
  }

  static final String BACKGROUND = "background";

  /** Background pairs fitted per decided pair. */
  static final int BACKGROUND_PER_DECIDED = 3;

  public static void main(String[] args) throws IOException {
    List<Path> files = new ArrayList<>();
    Path write = null;
    Path dump = null;
    int perDecided = BACKGROUND_PER_DECIDED;
    int folds = 10;
    long seed = 7;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--write" -> write = Path.of(args[++i]);
        case "--folds" -> folds = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--dump" -> dump = Path.of(args[++i]);
        case "--background" -> perDecided = Integer.parseInt(args[++i]);
        default -> files.add(Path.of(args[i]));
      }
    }
    if (files.isEmpty()) {
      System.err.println("usage: FitConfusion PAIRS.csv... [--write MODEL.properties]");
      System.exit(2);
    }
    var samples = new ArrayList<Sample>();
    for (Path f : files) {
      for (MarkPair p : MarkPairReader.read(f, true, problem -> {})) {
        if (!p.label().isEmpty()) {
          samples.add(sample(p));
        }
      }
    }
    samples.addAll(background(samples, perDecided, seed));
    report(samples, folds, seed, write, dump);
  }

  /**
   * Background pairs: the earlier mark of one decided case against the later mark of another, one
   * per decided pair, labelled distinct with dissimilar signs. Decided pairs are all alike enough
   * to have been litigated, so on their own they teach nothing about the unlike names a clearance
   * search meets by the thousand; a pair of marks from unrelated cases that share no word is, as
   * near as anything, never confusing. They are used to fit only: every figure the report gives is
   * over decided pairs alone.
   */
  static List<Sample> background(List<Sample> decided, int perDecided, long seed) {
    var random = new Random(seed);
    var out = new ArrayList<Sample>();
    int n = decided.size();
    int tries = 0;
    while (out.size() < perDecided * n && tries++ < 20 * perDecided * n) {
      MarkPair x = decided.get(random.nextInt(n)).pair();
      MarkPair y = decided.get(random.nextInt(n)).pair();
      // Every other pair is of single words, one from each mark, the way a clearance search
      // meets short coined and ordinary marks by the thousand.
      boolean words = out.size() % 2 == 1;
      String a = words ? longestWord(x.a()) : x.a();
      String b = words ? longestWord(y.b()) : y.b();
      if (x == y || a.isEmpty() || b.isEmpty() || shareAWord(a, b)) {
        continue;
      }
      out.add(
          sample(
              new MarkPair(
                  0,
                  a,
                  b,
                  "distinct",
                  "dissimilar",
                  BACKGROUND,
                  x.classesA(),
                  y.classesB(),
                  x.goodsA(),
                  y.goodsB(),
                  x.famous())));
    }
    return out;
  }

  private static String longestWord(String mark) {
    String best = "";
    for (String w : MarkForm.of(mark).words()) {
      if (w.length() > best.length()) {
        best = w;
      }
    }
    return best;
  }

  private static boolean shareAWord(String a, String b) {
    var words = new HashSet<>(MarkForm.of(a).words());
    words.retainAll(MarkForm.of(b).words());
    return !words.isEmpty();
  }

  static Sample sample(MarkPair p) {
    double[] x = new double[Feature.values().length];
    new MarkSimilarity(ConfusionModel.shipped(), Distinctiveness.builtIn())
        .features(
            MarkForm.of(p.a()),
            MarkForm.of(p.b()),
            Goods.of(p.classesA(), p.goodsA(), p.classesB(), p.goodsB(), p.famous()),
            x);
    return new Sample(p, x, p.label().equals("confusing"));
  }

  static void report(List<Sample> samples, int folds, long seed, Path write, Path dump)
      throws IOException {
    int n = samples.size();
    long decided = samples.stream().filter(s -> !s.background()).count();
    long confusing = samples.stream().filter(Sample::confusing).count();
    System.out.printf(
        Locale.ROOT,
        "%d decided pairs: %d confusing, %d distinct; fitted with %d background pairs%n",
        decided,
        confusing,
        decided - confusing,
        n - decided);
    int[] fold = stratifiedFolds(samples, folds, seed);
    double bestLambda = LAMBDAS[0];
    double bestAuc = -1;
    for (double lambda : LAMBDAS) {
      double auc = auc(samples, crossValidated(samples, fold, folds, lambda), DECIDED);
      System.out.printf(Locale.ROOT, "  lambda %-5s cross-validated AUC %.3f%n", lambda, auc);
      if (auc > bestAuc + 1e-9) {
        bestAuc = auc;
        bestLambda = lambda;
      }
    }
    double[] cv = crossValidated(samples, fold, folds, bestLambda);
    double[] spelling = new double[n];
    for (int i = 0; i < n; i++) {
      spelling[i] = samples.get(i).x()[Feature.SPELLING.ordinal()];
    }
    System.out.printf(Locale.ROOT, "%nlambda %s%n%n", bestLambda);
    System.out.println(
        "| source | pairs | confusing | AUC, 10-fold | AUC, source held out | Levenshtein AUC |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    Map<String, List<Integer>> bySource = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      bySource.computeIfAbsent(samples.get(i).pair().source(), k -> new ArrayList<>()).add(i);
    }
    for (var e : bySource.entrySet()) {
      String source = e.getKey();
      if (source.equals(BACKGROUND)) {
        continue;
      }
      double[] heldOut = sourceHeldOut(samples, source, bestLambda);
      long c = e.getValue().stream().filter(i -> samples.get(i).confusing()).count();
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %.3f | %.3f | %.3f |%n",
          source.isEmpty() ? "(none)" : source,
          e.getValue().size(),
          c,
          auc(samples, cv, s -> s.pair().source().equals(source)),
          auc(samples, heldOut, s -> s.pair().source().equals(source)),
          auc(samples, spelling, s -> s.pair().source().equals(source)));
    }
    System.out.printf(
        Locale.ROOT,
        "| all | %d | %d | %.3f | | %.3f |%n",
        decided,
        confusing,
        auc(samples, cv, DECIDED),
        auc(samples, spelling, DECIDED));

    double[] signsCv = signsCrossValidated(samples, fold, folds, bestLambda);
    var withSigns = new ArrayList<Sample>();
    var signScores = new ArrayList<Double>();
    var signLevenshtein = new ArrayList<Double>();
    for (int i = 0; i < n; i++) {
      String signs = samples.get(i).pair().signs();
      if (samples.get(i).background()) {
        continue;
      }
      if (signs.equals("similar") || signs.equals("dissimilar")) {
        Sample s = samples.get(i);
        withSigns.add(new Sample(s.pair(), s.x(), signs.equals("similar")));
        signScores.add(signsCv[i]);
        signLevenshtein.add(spelling[i]);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%nnames alone against the tribunal's finding on the signs (%d pairs where recorded):"
            + " cross-validated AUC %.3f, Levenshtein %.3f%n",
        withSigns.size(),
        auc(withSigns, signScores.stream().mapToDouble(Double::doubleValue).toArray(), DECIDED),
        auc(
            withSigns,
            signLevenshtein.stream().mapToDouble(Double::doubleValue).toArray(),
            DECIDED));

    if (dump != null) {
      try (Writer out = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
        out.write("line,a,b,label,signs,source,cv_probability,cv_signs");
        for (Feature f : Feature.values()) {
          out.write("," + f.key());
        }
        out.write("\n");
        for (int i = 0; i < n; i++) {
          Sample s = samples.get(i);
          out.write(
              String.format(
                  Locale.ROOT,
                  "%d,\"%s\",\"%s\",%s,%s,%s,%.3f,%.3f",
                  s.pair().line(),
                  s.pair().a().replace("\"", "\"\""),
                  s.pair().b().replace("\"", "\"\""),
                  s.pair().label(),
                  s.pair().signs(),
                  s.pair().source(),
                  cv[i],
                  signsCv[i]));
          for (double v : s.x()) {
            out.write(String.format(Locale.ROOT, ",%.3f", v));
          }
          out.write("\n");
        }
      }
    }

    System.out.printf(
        Locale.ROOT,
        "%n| cut-off | precision | recall | decided pairs flagged | background pairs flagged |%n"
            + "|---:|---:|---:|---:|---:|%n");
    for (double cut : new double[] {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
      double[] pr = precisionRecall(samples, cv, cut);
      System.out.printf(
          Locale.ROOT,
          "| %.2f | %.3f | %.3f | %d | %.1f%% |%n",
          cut,
          pr[0],
          pr[1],
          flagged(samples, cv, cut, false),
          100.0 * flagged(samples, cv, cut, true) / Math.max(1, n - decided));
    }

    double possibly = cutoffForRecall(samples, cv, RECALL);
    double likely = Math.max(possibly, cutoffForRecall(samples, cv, LIKELY_RECALL));
    System.out.printf(Locale.ROOT, "%n| verdict from | cut-off | precision | recall |%n");
    System.out.println("|---|---:|---:|---:|");
    for (var cut :
        List.of(Map.entry("POSSIBLY_CONFUSING", possibly), Map.entry("LIKELY_CONFUSING", likely))) {
      double[] pr = precisionRecall(samples, cv, cut.getValue());
      System.out.printf(
          Locale.ROOT, "| %s | %.3f | %.3f | %.3f |%n", cut.getKey(), cut.getValue(), pr[0], pr[1]);
    }

    System.out.printf(
        Locale.ROOT, "%n| component | AUC alone | mean, confusing | mean, distinct |%n");
    System.out.println("|---|---:|---:|---:|");
    for (Feature f : Feature.values()) {
      double[] alone = new double[n];
      double mc = 0;
      double md = 0;
      for (int i = 0; i < n; i++) {
        alone[i] = samples.get(i).x()[f.ordinal()];
        if (samples.get(i).background()) {
          continue;
        }
        if (samples.get(i).confusing()) {
          mc += alone[i];
        } else {
          md += alone[i];
        }
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | %.3f | %.3f | %.3f |%n",
          f.key(),
          auc(samples, alone, DECIDED),
          mc / confusing,
          md / (decided - confusing));
    }

    var fitted = fit(samples, i -> true, bestLambda);
    var model = ConfusionModel.fromProperties(withCutoffs(fitted.toProperties(), possibly, likely));
    var properties = model.toProperties();
    System.out.printf(Locale.ROOT, "%n| parameter | value |%n|---|---:|%n");
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      System.out.printf(
          Locale.ROOT, "| %s | %.3f |%n", key, Double.parseDouble(properties.getProperty(key)));
    }
    if (write != null) {
      var lines = new ArrayList<String>();
      for (String key : properties.stringPropertyNames()) {
        lines.add(key + "=" + properties.getProperty(key));
      }
      Collections.sort(lines);
      Path temp = write.resolveSibling(write.getFileName() + ".part");
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        out.write(
            String.format(
                Locale.ROOT,
                "# Fitted by eval/pairs/fit.sh on %d decided pairs and %d background pairs"
                    + " (lambda %s; cross-validated AUC on the decided pairs %.3f)."
                    + " Do not edit by hand.%n",
                decided,
                n - decided,
                bestLambda,
                bestAuc));
        for (String line : lines) {
          out.write(line + "\n");
        }
      }
      Files.move(temp, write, StandardCopyOption.REPLACE_EXISTING);
      System.out.println("\nwrote " + write);
    }
  }

  private static Properties withCutoffs(Properties p, double possibly, double likely) {
    p.setProperty("cutoff.possibly", Double.toString(possibly));
    p.setProperty("cutoff.likely", Double.toString(likely));
    return p;
  }

  static final Predicate<Sample> DECIDED = s -> !s.background();

  static int[] stratifiedFolds(List<Sample> samples, int folds, long seed) {
    var random = new Random(seed);
    int[] fold = new int[samples.size()];
    for (boolean label : new boolean[] {true, false}) {
      var ids = new ArrayList<Integer>();
      for (int i = 0; i < samples.size(); i++) {
        if (samples.get(i).confusing() == label) {
          ids.add(i);
        }
      }
      Collections.shuffle(ids, random);
      for (int k = 0; k < ids.size(); k++) {
        fold[ids.get(k)] = k % folds;
      }
    }
    return fold;
  }

  static double[] crossValidated(List<Sample> samples, int[] fold, int folds, double lambda) {
    double[] p = new double[samples.size()];
    for (int k = 0; k < folds; k++) {
      int held = k;
      var w = fit(samples, i -> fold[i] != held, lambda);
      for (int i = 0; i < samples.size(); i++) {
        if (fold[i] == held) {
          p[i] = w.probability(samples.get(i).x());
        }
      }
    }
    return p;
  }

  static double[] sourceHeldOut(List<Sample> samples, String source, double lambda) {
    var w = fit(samples, i -> !samples.get(i).pair().source().equals(source), lambda);
    double[] p = new double[samples.size()];
    for (int i = 0; i < samples.size(); i++) {
      p[i] = w.probability(samples.get(i).x());
    }
    return p;
  }

  static double predict(double[] w, double[] x) {
    double z = w[0];
    for (int j = 0; j < x.length; j++) {
      z += w[j + 1] * x[j];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * Whether the tribunal held the marks themselves similar: its finding on the signs where
   * recorded, and for a pair held confusing, yes (no tribunal finds confusion between marks it
   * holds dissimilar). A pair held distinct with no recorded finding on the signs says nothing of
   * them and is left out (null).
   */
  static Boolean signsSimilar(Sample s) {
    String signs = s.pair().signs();
    if (signs.equals("similar")) {
      return true;
    }
    if (signs.equals("dissimilar")) {
      return false;
    }
    return s.confusing() ? Boolean.TRUE : null;
  }

  /**
   * Fits in two stages, the way a tribunal reasons: first how similar the marks are, from the name
   * components alone, against the tribunal's finding on the signs ({@link #signsSimilar}); then the
   * outcome from that similarity and the goods components. A pair held distinct because the goods
   * were far apart thus does not teach the name components that alike names are unlike. The two
   * stages compose into one linear model: w = α·w₁ for the name components, the goods weights of
   * stage two, and bias α·b₁ + b₂. w[0] is the bias.
   */
  static ConfusionModel fit(List<Sample> samples, IntPredicate use, double lambda) {
    int d = Feature.values().length;
    int n = samples.size();
    double[][] x1 = nameComponents(samples);
    double[] w1 = nameStage(samples, use, lambda);
    double[][] x2 = new double[n][d];
    double[] y2 = new double[n];
    boolean[] use2 = new boolean[n];
    int first = Feature.SPELLING.ordinal();
    for (int i = 0; i < n; i++) {
      Sample s = samples.get(i);
      double z = w1[0];
      for (int j = 0; j < d; j++) {
        z += w1[j + 1] * x1[i][j];
      }
      double similar = ConfusionModel.gate(z);
      x2[i][first] = z;
      for (Feature f : Feature.values()) {
        if (f.isGoods()) {
          x2[i][f.ordinal()] = similar * s.x()[f.ordinal()];
        }
      }
      y2[i] = s.confusing() ? 1 : 0;
      use2[i] = use.test(i);
    }
    double[] w2 = logistic(x2, y2, use2, lambda);
    double[] weights = new double[d];
    for (Feature f : Feature.values()) {
      int j = f.ordinal() + 1;
      weights[f.ordinal()] = f.isGoods() ? w2[j] : w1[j];
    }
    return new ConfusionModel(w1[0], weights, w2[first + 1], w2[0], 0.5, 0.5);
  }

  static double[][] nameComponents(List<Sample> samples) {
    double[][] x1 = new double[samples.size()][Feature.values().length];
    for (int i = 0; i < samples.size(); i++) {
      for (Feature f : Feature.values()) {
        x1[i][f.ordinal()] = f.isGoods() ? 0 : samples.get(i).x()[f.ordinal()];
      }
    }
    return x1;
  }

  /** Stage one: the name components against the tribunal's finding on the signs. */
  static double[] nameStage(List<Sample> samples, IntPredicate use, double lambda) {
    int n = samples.size();
    double[] y1 = new double[n];
    boolean[] use1 = new boolean[n];
    for (int i = 0; i < n; i++) {
      Boolean similar = signsSimilar(samples.get(i));
      use1[i] = use.test(i) && similar != null;
      y1[i] = Boolean.TRUE.equals(similar) ? 1 : 0;
    }
    return logistic(nameComponents(samples), y1, use1, lambda);
  }

  /** Cross-validated stage-one scores: how well the names alone predict the finding on signs. */
  static double[] signsCrossValidated(List<Sample> samples, int[] fold, int folds, double lambda) {
    double[][] x1 = nameComponents(samples);
    double[] p = new double[samples.size()];
    for (int k = 0; k < folds; k++) {
      int held = k;
      double[] w = nameStage(samples, i -> fold[i] != held, lambda);
      for (int i = 0; i < samples.size(); i++) {
        if (fold[i] == held) {
          p[i] = predict(w, x1[i]);
        }
      }
    }
    return p;
  }

  /** Penalised logistic regression by Newton's method; w[0] is the bias, not penalised. */
  static double[] logistic(double[][] xs, double[] ys, boolean[] use, double lambda) {
    int d = xs[0].length + 1;
    double[] w = new double[d];
    for (int iter = 0; iter < 50; iter++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (int i = 0; i < xs.length; i++) {
        if (!use[i]) {
          continue;
        }
        double[] x = xs[i];
        double p = predict(w, x);
        double y = ys[i];
        double r = p * (1 - p);
        for (int a = 0; a < d; a++) {
          double xa = a == 0 ? 1 : x[a - 1];
          grad[a] += (p - y) * xa;
          for (int b = 0; b < d; b++) {
            double xb = b == 0 ? 1 : x[b - 1];
            hess[a][b] += r * xa * xb;
          }
        }
      }
      for (int a = 1; a < d; a++) {
        grad[a] += lambda * w[a];
        hess[a][a] += lambda;
      }
      hess[0][0] += 1e-9;
      double[] step = solve(hess, grad);
      double size = 0;
      for (int a = 0; a < d; a++) {
        w[a] -= step[a];
        size = Math.max(size, Math.abs(step[a]));
      }
      if (size < 1e-8) {
        break;
      }
    }
    return w;
  }

  /** Solves A·s = b by Gaussian elimination with partial pivoting. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      double[] t = m[c];
      m[c] = m[pivot];
      m[pivot] = t;
      if (Math.abs(m[c][c]) < 1e-12) {
        continue;
      }
      for (int r = 0; r < n; r++) {
        if (r != c) {
          double f = m[r][c] / m[c][c];
          for (int k = c; k <= n; k++) {
            m[r][k] -= f * m[c][k];
          }
        }
      }
    }
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][n] / m[i][i];
    }
    return s;
  }

  /** Area under the ROC curve of the selected samples (ties count half). */
  static double auc(List<Sample> samples, double[] score, Predicate<Sample> filter) {
    double pos = 0;
    double neg = 0;
    double wins = 0;
    for (int i = 0; i < samples.size(); i++) {
      if (!filter.test(samples.get(i)) || !samples.get(i).confusing()) {
        continue;
      }
      pos++;
      for (int j = 0; j < samples.size(); j++) {
        if (!filter.test(samples.get(j)) || samples.get(j).confusing()) {
          continue;
        }
        wins += score[i] > score[j] ? 1 : score[i] == score[j] ? 0.5 : 0;
      }
    }
    for (Sample s : samples) {
      if (filter.test(s) && !s.confusing()) {
        neg++;
      }
    }
    return pos == 0 || neg == 0 ? Double.NaN : wins / (pos * neg);
  }

  static int flagged(List<Sample> samples, double[] p, double cut, boolean background) {
    int flagged = 0;
    for (int i = 0; i < samples.size(); i++) {
      flagged += samples.get(i).background() == background && p[i] >= cut ? 1 : 0;
    }
    return flagged;
  }

  static double[] precisionRecall(List<Sample> samples, double[] p, double cut) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < samples.size(); i++) {
      if (samples.get(i).background()) {
        continue;
      }
      boolean flagged = p[i] >= cut;
      boolean actual = samples.get(i).confusing();
      if (flagged && actual) {
        tp++;
      } else if (flagged) {
        fp++;
      } else if (actual) {
        fn++;
      }
    }
    return new double[] {tp + fp == 0 ? 1 : (double) tp / (tp + fp), (double) tp / (tp + fn)};
  }

  static double cutoffForRecall(List<Sample> samples, double[] p, double recall) {
    double best = 0.01;
    for (double cut = 0.01; cut < 0.99; cut += 0.005) {
      if (precisionRecall(samples, p, cut)[1] >= recall) {
        best = cut;
      }
    }
    return round(best);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
