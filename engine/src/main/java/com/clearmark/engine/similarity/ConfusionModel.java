package com.clearmark.engine.similarity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The likelihood of confusion in two stages, the way a tribunal reasons: first how similar the
 * marks are, then what that similarity means given the goods and the earlier mark's fame.
 *
 * <pre>
 *   z = b₁ + Σ wₙ·xₙ                 over the name components (every {@link Feature} but the goods)
 *   s = 1 / (1 + e^-z)               the probability that the marks themselves are held similar
 *   p = 1 / (1 + e^-(b₂ + α·z + s²·Σ v_g·x_g))   over the goods components
 * </pre>
 *
 * The goods and fame count in proportion to {@code s²} ({@link #gate}): related goods and a famous
 * earlier mark make alike names more dangerous, but do not make unlike names alike ("the
 * dissimilarity of the marks may be dispositive"). Two cut-offs on {@code p} give the verdicts.
 *
 * <p>The numbers are not set by hand: {@code eval/pairs/fit.sh} fits stage one to what tribunals
 * found of the signs and stage two to their outcomes, on the decided pairs in {@code
 * eval/pairs/decided-pairs.csv}, chooses the cut-offs from cross-validated predictions, and writes
 * {@code confusion-model.properties} beside this class, which is shipped in the jar.
 */
public final class ConfusionModel {

  private static final ConfusionModel SHIPPED = load();

  private final double nameBias;
  private final double[] weights;
  private final double alpha;
  private final double outcomeBias;
  private final double possibly;
  private final double likely;

  /**
   * @param weights one per {@link Feature} by ordinal: wₙ for name components, v_g for goods ones
   */
  public ConfusionModel(
      double nameBias,
      double[] weights,
      double alpha,
      double outcomeBias,
      double possibly,
      double likely) {
    if (weights.length != Feature.COUNT) {
      throw new IllegalArgumentException(
          "expected " + Feature.COUNT + " weights, got " + weights.length);
    }
    if (!(possibly > 0 && possibly <= likely && likely < 1)) {
      throw new IllegalArgumentException(
          "cut-offs must satisfy 0 < possibly <= likely < 1, got " + possibly + ", " + likely);
    }
    this.nameBias = nameBias;
    this.weights = weights.clone();
    this.alpha = alpha;
    this.outcomeBias = outcomeBias;
    this.possibly = possibly;
    this.likely = likely;
  }

  /** The model fitted and shipped with this version. */
  public static ConfusionModel shipped() {
    return SHIPPED;
  }

  public double possiblyAt() {
    return possibly;
  }

  public double likelyAt() {
    return likely;
  }

  /** The stage-one log-odds that the marks themselves are held similar. */
  public double nameLogit(double[] x) {
    double z = nameBias;
    for (Feature f : Feature.values()) {
      if (!f.isGoods()) {
        z += weights[f.ordinal()] * x[f.ordinal()];
      }
    }
    return z;
  }

  /** The probability of confusion for a feature vector. */
  public double probability(double[] x) {
    double z = nameLogit(x);
    double s = gate(z);
    double out = outcomeBias + alpha * z;
    for (Feature f : Feature.values()) {
      if (f.isGoods()) {
        out += s * weights[f.ordinal()] * x[f.ordinal()];
      }
    }
    return sigmoid(out);
  }

  /**
   * What a component added to the final log-odds: α·wₙ·xₙ for a name component, s·v_g·x_g for a
   * goods one.
   */
  public double contribution(Feature f, double[] x) {
    double w = weights[f.ordinal()] * x[f.ordinal()];
    return f.isGoods() ? gate(nameLogit(x)) * w : alpha * w;
  }

  public Verdict verdict(double p) {
    return p >= likely
        ? Verdict.LIKELY_CONFUSING
        : p >= possibly ? Verdict.POSSIBLY_CONFUSING : Verdict.DISTINCT;
  }

  /**
   * How much the goods and fame count for names of stage-one log-odds {@code z}: {@code s²}, so
   * that they weigh fully on names held alike and next to nothing on names that merely share a
   * letter or two; fame reaches unrelated goods only for marks that are close.
   */
  public static double gate(double z) {
    double s = sigmoid(z);
    return s * s;
  }

  static double sigmoid(double z) {
    return 1.0 / (1.0 + Math.exp(-z));
  }

  /** The model as the properties {@link #fromProperties} reads. */
  public Properties toProperties() {
    var p = new Properties();
    p.setProperty("name.bias", Double.toString(nameBias));
    for (Feature f : Feature.values()) {
      p.setProperty(
          (f.isGoods() ? "goods." : "name.") + f.key(), Double.toString(weights[f.ordinal()]));
    }
    p.setProperty("outcome.bias", Double.toString(outcomeBias));
    p.setProperty("outcome.similarity", Double.toString(alpha));
    p.setProperty("cutoff.possibly", Double.toString(possibly));
    p.setProperty("cutoff.likely", Double.toString(likely));
    return p;
  }

  public static ConfusionModel fromProperties(Properties p) {
    double[] w = new double[Feature.COUNT];
    for (Feature f : Feature.values()) {
      w[f.ordinal()] =
          Double.parseDouble(p.getProperty((f.isGoods() ? "goods." : "name.") + f.key(), "0"));
    }
    return new ConfusionModel(
        Double.parseDouble(p.getProperty("name.bias")),
        w,
        Double.parseDouble(p.getProperty("outcome.similarity")),
        Double.parseDouble(p.getProperty("outcome.bias")),
        Double.parseDouble(p.getProperty("cutoff.possibly")),
        Double.parseDouble(p.getProperty("cutoff.likely")));
  }

  private static ConfusionModel load() {
    try (InputStream in = ConfusionModel.class.getResourceAsStream("confusion-model.properties")) {
      if (in == null) {
        throw new IllegalStateException("confusion-model.properties is missing from the jar");
      }
      var p = new Properties();
      p.load(in);
      return fromProperties(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
