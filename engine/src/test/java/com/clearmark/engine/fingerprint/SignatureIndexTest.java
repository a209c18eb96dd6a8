package com.clearmark.engine.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SignatureIndexTest {

  private static final String REMOVED_JACKET =
      "Altura Summit Replica Waterproof Hiking Jacket. Same look as the original. Waterproof"
          + " coating. Fast shipping. Replica of the Altura Summit jacket at a fraction of the"
          + " price.";
  private static final String RELISTED_JACKET =
      "Altura Summit Waterproof Hiking Jacket Replica. Same look as the original. Waterproof"
          + " coating. Fast shipping. Replica of the Altura Summit jacket at a fraction of the"
          + " price.";

  private final MinHasher hasher = MinHasher.standard();
  private final SignatureIndex index = new SignatureIndex();

  @Test
  void relistedListingIsFoundAmongThousandsOfOthers() {
    List<String> others = catalogue(5000, new Random(15));
    for (int i = 0; i < others.size(); i++) {
      index.add(1000 + i, hasher.sign(others.get(i)));
    }
    index.add(7, hasher.sign(REMOVED_JACKET));

    List<SignatureIndex.Match> matches = index.query(hasher.sign(RELISTED_JACKET), 0.5, 5);

    assertThat(matches).extracting(SignatureIndex.Match::id).containsExactly(7L);
    assertThat(matches.get(0).similarity()).isGreaterThan(0.55);
  }

  @Test
  void unrelatedListingIsNotFound() {
    index.add(7, hasher.sign(REMOVED_JACKET));

    Signature lamp =
        hasher.sign("Glowhaus LED desk lamp with a touch dimmer and a USB charging port");

    assertThat(index.query(lamp, 0.3, 5)).isEmpty();
  }

  @Test
  void matchesComeBestFirstThenByIdAndAreCutAtTheLimit() {
    index.add(3, hasher.sign(REMOVED_JACKET));
    index.add(2, hasher.sign(REMOVED_JACKET));
    index.add(1, hasher.sign(RELISTED_JACKET));

    List<SignatureIndex.Match> all = index.query(hasher.sign(REMOVED_JACKET), 0.5, 10);
    List<SignatureIndex.Match> two = index.query(hasher.sign(REMOVED_JACKET), 0.5, 2);

    assertThat(all).extracting(SignatureIndex.Match::id).containsExactly(2L, 3L, 1L);
    assertThat(all.get(0).similarity()).isEqualTo(1.0);
    assertThat(two).extracting(SignatureIndex.Match::id).containsExactly(2L, 3L);
  }

  @Test
  void minimumSimilarityIsVerifiedOnTheWholeSignature() {
    index.add(1, hasher.sign(RELISTED_JACKET));
    double actual = hasher.sign(RELISTED_JACKET).similarity(hasher.sign(REMOVED_JACKET));

    assertThat(index.query(hasher.sign(REMOVED_JACKET), actual, 5)).hasSize(1);
    assertThat(index.query(hasher.sign(REMOVED_JACKET), actual + 0.01, 5)).isEmpty();
  }

  @Test
  void removedAndReplacedSignaturesAreNoLongerFound() {
    index.add(1, hasher.sign(REMOVED_JACKET));
    index.add(2, hasher.sign(REMOVED_JACKET));
    index.remove(1);
    index.add(2, hasher.sign("Glowhaus LED desk lamp with a touch dimmer"));
    index.remove(99);

    assertThat(index.size()).isEqualTo(1);
    assertThat(index.query(hasher.sign(REMOVED_JACKET), 0.3, 5)).isEmpty();
  }

  @Test
  void entriesFreedByRemovalAreReusedWithoutLosingOthers() {
    var random = new Random(3);
    List<String> texts = catalogue(600, random);
    for (int i = 0; i < texts.size(); i++) {
      index.add(i, hasher.sign(texts.get(i)));
    }
    for (int i = 0; i < texts.size(); i += 2) {
      index.remove(i);
    }
    for (int i = 0; i < texts.size(); i += 2) {
      index.add(i, hasher.sign(texts.get(i)));
    }

    assertThat(index.size()).isEqualTo(600);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(index.query(hasher.sign(texts.get(i)), 1.0, 1))
          .extracting(SignatureIndex.Match::id)
          .containsExactly((long) i);
    }
  }

  @Test
  void pairsAtHalfSimilarityAreFoundAlmostAlways() {
    // Signatures agreeing in a random half of their slots behave as texts of Jaccard 0.5 do.
    var random = new Random(42);
    int found = 0;
    int trials = 500;
    for (int t = 0; t < trials; t++) {
      int[] a = new int[128];
      int[] b = new int[128];
      for (int i = 0; i < 128; i++) {
        a[i] = random.nextInt();
        b[i] = random.nextBoolean() ? a[i] : random.nextInt();
      }
      var small = new SignatureIndex();
      small.add(1, Signature.of(a));
      if (!small.query(Signature.of(b), 0.0, 1).isEmpty()) {
        found++;
      }
    }
    assertThat(found).isGreaterThanOrEqualTo(trials * 98 / 100);
  }

  @Test
  void emptySignatureIsNotStoredAndMatchesNothing() {
    index.add(1, Signature.empty());

    assertThat(index.size()).isZero();
    assertThat(index.query(Signature.empty(), 0, 5)).isEmpty();
  }

  @Test
  void signatureOfAnotherSizeIsRefused() {
    assertThatThrownBy(() -> index.add(1, Signature.of(new int[] {1, 2, 3})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("128 slots");
  }

  @Test
  void readersQueryWhileOneWriterAdds() throws Exception {
    List<String> texts = catalogue(2000, new Random(9));
    List<Signature> signatures = texts.stream().map(hasher::sign).toList();
    for (int i = 0; i < 1000; i++) {
      index.add(i, signatures.get(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Future<?> writer =
          pool.submit(
              () -> {
                for (int i = 1000; i < 2000; i++) {
                  index.add(i, signatures.get(i));
                }
              });
      List<Future<Integer>> readers = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        readers.add(
            pool.submit(
                () -> {
                  int misses = 0;
                  for (int i = 0; i < 1000; i++) {
                    List<SignatureIndex.Match> m = index.query(signatures.get(i), 1.0, 1);
                    if (m.isEmpty() || m.get(0).id() != i) {
                      misses++;
                    }
                  }
                  return misses;
                }));
      }
      writer.get(30, TimeUnit.SECONDS);
      for (Future<Integer> reader : readers) {
        assertThat(reader.get(30, TimeUnit.SECONDS)).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(index.size()).isEqualTo(2000);
  }

  /** Listing-like texts from a small vocabulary, each different from the others. */
  static List<String> catalogue(int n, Random random) {
    String[] words = {
      "waterproof", "jacket", "kite", "lamp", "desk", "hiking", "trail", "backpack", "led", "usb",
      "charging", "cable", "phone", "case", "bottle", "steel", "insulated", "kids", "toy", "blue",
      "red", "black", "large", "small", "men", "women", "cotton", "shirt", "running", "shoes"
    };
    List<String> texts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      var sb = new StringBuilder("item").append(i);
      int length = 15 + random.nextInt(25);
      for (int w = 0; w < length; w++) {
        sb.append(' ').append(words[random.nextInt(words.length)]);
      }
      texts.add(sb.toString());
    }
    return texts;
  }
}
