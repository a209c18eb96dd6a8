package com.clearmark.engine.similarity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Properties;

/**
 * A logistic model of the likelihood of confusion: {@code p = 1 / (1 + e^-(b + Σ wᵢ·xᵢ))} over the
 * {@link Feature}s of a comparison, with two cut-offs on {@code p} for the verdicts.
 *
 * <p>The weights are not set by hand: {@code eval/pairs/fit.sh} fits them by L2-regularised
 * logistic regression on the decided pairs in {@code eval/pairs/decided-pairs.csv}, chooses the
 * cut-offs from cross-validated predictions (POSSIBLY where recall of confusing pairs reaches the
 * target, LIKELY where precision does), and writes {@code confusion-model.properties} beside this
 * class, which is shipped in the jar.
 */
public final class ConfusionModel {

  private static final ConfusionModel SHIPPED = load();

  private final double bias;
  private final double[] weights;
  private final double possibly;
  private final double likely;

  public ConfusionModel(double bias, double[] weights, double possibly, double likely) {
    if (weights.length != Feature.COUNT) {
      throw new IllegalArgumentException(
          "expected " + Feature.COUNT + " weights, got " + weights.length);
    }
    if (!(possibly > 0 && possibly <= likely && likely < 1)) {
      throw new IllegalArgumentException(
          "cut-offs must satisfy 0 < possibly <= likely < 1, got " + possibly + ", " + likely);
    }
    this.bias = bias;
    this.weights = weights.clone();
    this.possibly = possibly;
    this.likely = likely;
  }

  /** The model fitted and shipped with this version. */
  public static ConfusionModel shipped() {
    return SHIPPED;
  }

  public double bias() {
    return bias;
  }

  public double weight(Feature f) {
    return weights[f.ordinal()];
  }

  public double possiblyAt() {
    return possibly;
  }

  public double likelyAt() {
    return likely;
  }

  /** The probability of confusion for a feature vector. */
  public double probability(double[] x) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * x[i];
    }
    return 1.0 / (1.0 + Math.exp(-z));
  }

  public Verdict verdict(double p) {
    return p >= likely
        ? Verdict.LIKELY_CONFUSING
        : p >= possibly ? Verdict.POSSIBLY_CONFUSING : Verdict.DISTINCT;
  }

  /** The model as the properties {@link #load} reads. */
  public Properties toProperties() {
    var p = new Properties();
    p.setProperty("bias", Double.toString(bias));
    for (Feature f : Feature.values()) {
      p.setProperty("weight." + f.key(), Double.toString(weights[f.ordinal()]));
    }
    p.setProperty("cutoff.possibly", Double.toString(possibly));
    p.setProperty("cutoff.likely", Double.toString(likely));
    return p;
  }

  public static ConfusionModel fromProperties(Properties p) {
    double[] w = new double[Feature.COUNT];
    Arrays.fill(w, 0);
    for (Feature f : Feature.values()) {
      w[f.ordinal()] = Double.parseDouble(p.getProperty("weight." + f.key(), "0"));
    }
    return new ConfusionModel(
        Double.parseDouble(p.getProperty("bias")),
        w,
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
