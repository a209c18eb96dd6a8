package com.clearmark.engine.image;

import static com.clearmark.engine.image.ProductPhotos.cropped;
import static com.clearmark.engine.image.ProductPhotos.jpeg;
import static com.clearmark.engine.image.ProductPhotos.mirrored;
import static com.clearmark.engine.image.ProductPhotos.padded;
import static com.clearmark.engine.image.ProductPhotos.photo;
import static com.clearmark.engine.image.ProductPhotos.resized;
import static com.clearmark.engine.image.ProductPhotos.watermarked;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ImageIndexTest {

  private static final long BOTTLE = 16;
  private static ImageIndex catalogue;

  @BeforeAll
  static void registerTwentyProductPhotos() {
    catalogue = new ImageIndex();
    for (long id = 1; id <= 20; id++) {
      catalogue.add(id, ImageHasher.hash(photo(id)));
    }
  }

  private static List<ImageIndex.Match> lookUp(BufferedImage copy) {
    return catalogue.query(ImageHasher.hash(copy), 3);
  }

  @Test
  void aRecompressedResizedCopyIsFoundAsTheWholeImage() {
    BufferedImage copy = resized(photo(BOTTLE), 300, 225);
    var matches = catalogue.query(ImageHasher.hash(jpeg(copy, 0.5f)), 3);
    assertThat(matches).hasSize(1);
    assertThat(matches.get(0).id()).isEqualTo(BOTTLE);
    assertThat(matches.get(0).how()).isEqualTo("whole image");
    assertThat(matches.get(0).distance()).isLessThanOrEqualTo(ImageIndex.MATCH_DISTANCE);
  }

  @Test
  void aWatermarkedCopyIsFound() {
    assertThat(lookUp(watermarked(photo(BOTTLE), "BEST DEALS")))
        .extracting(ImageIndex.Match::id)
        .containsExactly(BOTTLE);
  }

  @Test
  void aCropIsFoundThroughASubWindow() {
    var matches = lookUp(cropped(photo(BOTTLE), 0.1, 0.1, 0.8, 0.8));
    assertThat(matches).extracting(ImageIndex.Match::id).containsExactly(BOTTLE);
    assertThat(matches.get(0).how()).isEqualTo("crop");
  }

  @Test
  void aMirroredCopyAndAMirroredCropAreFound() {
    assertThat(lookUp(mirrored(photo(BOTTLE))))
        .singleElement()
        .satisfies(m -> assertThat(m.how()).isEqualTo("mirrored"));
    assertThat(lookUp(mirrored(cropped(photo(BOTTLE), 0.1, 0.1, 0.8, 0.8))))
        .singleElement()
        .satisfies(m -> assertThat(m.how()).isEqualTo("mirrored crop"));
  }

  @Test
  void aCopyWithBordersIsFoundWithinTheLargerImage() {
    assertThat(lookUp(padded(photo(BOTTLE), 0.08)))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.id()).isEqualTo(BOTTLE);
              assertThat(m.how()).isEqualTo("within a larger image");
            });
  }

  @Test
  void anUnrelatedPhotoMatchesNothing() {
    for (long seed = 500; seed < 520; seed++) {
      assertThat(lookUp(photo(seed))).as("photo %d", seed).isEmpty();
    }
  }

  @Test
  void aRemovedImageIsNoLongerFoundAndAReAddedIdReplacesItsHashes() {
    var index = new ImageIndex();
    index.add(7, ImageHasher.hash(photo(7)));
    index.add(8, ImageHasher.hash(photo(8)));
    assertThat(index.size()).isEqualTo(2);
    index.remove(7);
    index.remove(99);
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.query(ImageHasher.hash(photo(7)), 5)).isEmpty();
    index.add(8, ImageHasher.hash(photo(9)));
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.query(ImageHasher.hash(photo(8)), 5)).isEmpty();
    assertThat(index.query(ImageHasher.hash(photo(9)), 5))
        .extracting(ImageIndex.Match::id)
        .containsExactly(8L);
    index.add(7, ImageHasher.hash(photo(7)));
    assertThat(index.query(ImageHasher.hash(photo(7)), 5))
        .extracting(ImageIndex.Match::id)
        .containsExactly(7L);
  }

  @Test
  void matchesComeClosestFirstOnePerImageAndNoMoreThanTheLimit() {
    var index = new ImageIndex();
    Random random = new Random(42);
    Pdq query = randomHash(random);
    for (int id = 0; id < 10; id++) {
      index.add(id, hashesOf(flipped(query, id * 3, random)));
    }
    var matches = index.query(hashesOf(query), 4);
    assertThat(matches).extracting(ImageIndex.Match::id).containsExactly(0L, 1L, 2L, 3L);
    assertThat(matches).extracting(ImageIndex.Match::distance).containsExactly(0, 3, 6, 9);
    assertThat(index.query(hashesOf(query), 0)).isEmpty();
  }

  /**
   * Multi-index hashing must find exactly what a linear scan finds: every stored hash within
   * {@value ImageIndex#MATCH_DISTANCE} bits, however the differing bits fall across the bands.
   */
  @Test
  void theIndexFindsExactlyWhatALinearScanFinds() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    var index = new ImageIndex();
    Pdq query = randomHash(random);
    var stored = new ArrayList<Pdq>();
    for (int id = 0; id < 2000; id++) {
      Pdq hash = id % 2 == 0 ? flipped(query, random.nextInt(48), random) : randomHash(random);
      stored.add(hash);
      index.add(id, hashesOf(hash));
    }
    var expected = new ArrayList<Long>();
    for (int id = 0; id < stored.size(); id++) {
      if (stored.get(id).distance(query) <= ImageIndex.MATCH_DISTANCE) {
        expected.add((long) id);
      }
    }
    assertThat(index.query(hashesOf(query), 5000))
        .as("seed %d", seed)
        .extracting(ImageIndex.Match::id)
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void queriesRunWhileImagesAreAddedAndRemoved() throws Exception {
    var index = new ImageIndex();
    ImageHashes kept = ImageHasher.hash(photo(3));
    index.add(3, kept);
    List<ImageHashes> others = new ArrayList<>();
    for (int seed = 200; seed < 210; seed++) {
      others.add(ImageHasher.hash(photo(seed)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Future<?> writer =
          pool.submit(
              () -> {
                for (int round = 0; round < 200; round++) {
                  int id = 100 + round % others.size();
                  index.add(id, others.get(round % others.size()));
                  if (round % 3 == 0) {
                    index.remove(id);
                  }
                }
              });
      List<Future<Boolean>> readers = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        readers.add(
            pool.submit(
                () -> {
                  for (int q = 0; q < 200; q++) {
                    if (index.query(kept, 1).get(0).id() != 3) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      writer.get(30, TimeUnit.SECONDS);
      for (Future<Boolean> reader : readers) {
        assertThat(reader.get(30, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static ImageHashes hashesOf(Pdq hash) {
    return new ImageHashes(0, hash, 100, List.of(), hash);
  }

  private static Pdq randomHash(Random random) {
    return Pdq.ofWords(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
  }

  /** {@code hash} with {@code bits} distinct bits flipped at random. */
  private static Pdq flipped(Pdq hash, int bits, Random random) {
    long[] w = {hash.word(0), hash.word(1), hash.word(2), hash.word(3)};
    var chosen = new java.util.HashSet<Integer>();
    while (chosen.size() < bits) {
      chosen.add(random.nextInt(256));
    }
    for (int bit : chosen) {
      w[bit >>> 6] ^= 1L << (bit & 63);
    }
    return Pdq.ofWords(w[0], w[1], w[2], w[3]);
  }
}
