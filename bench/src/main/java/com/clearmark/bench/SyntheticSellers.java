package com.clearmark.bench;

import com.clearmark.engine.fingerprint.Signature;
import com.clearmark.engine.network.SellerProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded marketplace of sellers for network building: mostly independent storefronts, with one
 * seller in ten belonging to a ring of two to six storefronts run as one operation, and a few
 * fulfilment addresses shared by hundreds of unrelated sellers.
 *
 * <p>A ring shares its details the way such operations do, each member reusing some of them in
 * another spelling: the phone with or without the country code and with other separators, the Gmail
 * address with dots moved or a {@code +tag}, the storefront stem with "Store", "Outlet 7" or
 * "Direct" after it, the address with "Rd." for "Road", and listing text whose signature differs
 * from the ring's in a few slots. Independent sellers have their own details and an unrelated
 * signature. The same seed always gives the same sellers.
 */
public final class SyntheticSellers {
  private static final String[] STREETS = {"Road", "Street", "Avenue", "Lane", "Court", "Drive"};
  private static final String[] ABBREVIATED = {"Rd.", "St", "Ave", "Ln", "Ct.", "Dr"};
  private static final String[] SUFFIXES = {
    "Store", "Outlet 7", "Direct", "Shop", "Official", "EU"
  };
  private static final String[] CITIES = {
    "Shenzhen", "Guangzhou", "Portland", "Leeds", "Munich", "Austin", "Reno", "Lyon", "Osaka"
  };
  private static final int FULFILMENT_CENTRES = 20;

  private SyntheticSellers() {}

  /** {@code count} sellers from {@code seed}; all have a listing-text signature. */
  public static List<SellerProfile> generate(int count, long seed) {
    var random = new SplittableRandom(seed);
    var sellers = new ArrayList<SellerProfile>(count);
    while (sellers.size() < count) {
      if (random.nextInt(10) == 0) {
        ring(random, sellers, Math.min(count - sellers.size(), 2 + random.nextInt(5)));
      } else {
        sellers.add(independent(random, sellers.size()));
      }
    }
    return sellers;
  }

  private static SellerProfile independent(SplittableRandom random, int n) {
    String stem = SyntheticRegistry.coinedWord(random) + SyntheticRegistry.coinedWord(random);
    String address =
        random.nextInt(50) == 0
            ? (1 + random.nextInt(FULFILMENT_CENTRES)) + " Fulfilment Way, Hemel Hempstead"
            : address(random);
    return new SellerProfile(
        "S" + n,
        capitalise(stem) + (random.nextBoolean() ? " Store" : ""),
        address,
        phone(random.nextLong(), random.nextInt(3)),
        "sales" + n + "@" + stem.toLowerCase(Locale.ROOT) + ".example",
        randomSignature(random));
  }

  private static void ring(SplittableRandom random, List<SellerProfile> sellers, int size) {
    String stem = capitalise(SyntheticRegistry.coinedWord(random) + "deals");
    String street =
        (1 + random.nextInt(300)) + " " + capitalise(SyntheticRegistry.coinedWord(random));
    int streetKind = random.nextInt(STREETS.length);
    String city = CITIES[random.nextInt(CITIES.length)];
    long phone = random.nextLong();
    String mailbox = stem.toLowerCase(Locale.ROOT);
    int[] text = randomSlots(random);
    for (int m = 0; m < size; m++) {
      int n = sellers.size();
      // Each member reuses two or three of the ring's details, so the ring holds together only
      // through one another.
      boolean sameAddress = random.nextInt(3) > 0;
      boolean samePhone = random.nextInt(3) > 0;
      boolean sameMail = random.nextBoolean();
      String address =
          sameAddress
              ? "Unit 5, "
                  + street
                  + " "
                  + (random.nextBoolean() ? STREETS[streetKind] : ABBREVIATED[streetKind])
                  + ", "
                  + city
              : address(random);
      String email =
          sameMail
              ? mailbox.substring(0, 3)
                  + "."
                  + mailbox.substring(3)
                  + (random.nextBoolean() ? "+" + m : "")
                  + "@gmail.com"
              : "contact" + n + "@mail" + n + ".example";
      int[] slots = text.clone();
      for (int k = 0; k < 10; k++) {
        slots[random.nextInt(slots.length)] = random.nextInt();
      }
      sellers.add(
          new SellerProfile(
              "S" + n,
              stem + " " + SUFFIXES[random.nextInt(SUFFIXES.length)],
              address,
              samePhone ? phone(phone, m % 3) : phone(random.nextLong(), 0),
              email,
              Signature.of(slots)));
    }
  }

  private static String address(SplittableRandom random) {
    int kind = random.nextInt(STREETS.length);
    return (1 + random.nextInt(2000))
        + " "
        + capitalise(SyntheticRegistry.coinedWord(random))
        + " "
        + STREETS[kind]
        + ", "
        + CITIES[random.nextInt(CITIES.length)];
  }

  /** The same ten-digit number in one of three spellings. */
  private static String phone(long seed, int style) {
    long digits = Math.floorMod(seed, 9_000_000_000L) + 1_000_000_000L;
    String d = Long.toString(digits);
    return switch (style) {
      case 0 -> "+1 (" + d.substring(0, 3) + ") " + d.substring(3, 6) + "-" + d.substring(6);
      case 1 -> d.substring(0, 3) + "." + d.substring(3, 6) + "." + d.substring(6);
      default -> d;
    };
  }

  /** A signature of 128 random slots: a text like no other. */
  public static Signature randomSignature(SplittableRandom random) {
    return Signature.of(randomSlots(random));
  }

  private static int[] randomSlots(SplittableRandom random) {
    int[] slots = new int[128];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = random.nextInt();
    }
    return slots;
  }

  private static String capitalise(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
