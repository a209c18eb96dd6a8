package com.clearmark.engine.network;

import com.clearmark.engine.fingerprint.MinHasher;
import com.clearmark.engine.fingerprint.Signature;
import com.clearmark.engine.fingerprint.SignatureIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Groups sellers that are likely one operation: sellers sharing an address, phone, mailbox,
 * storefront name stem or near-identical listing text are linked, and linked sellers, directly or
 * through others, form a network.
 *
 * <p><b>Blocking.</b> Each seller's details are reduced to one key per kind ({@link ContactKeys});
 * sellers are grouped by key in a hash map, so the work is linear in the number of sellers rather
 * than quadratic in pairs. A group of {@code k} sellers gives {@code k − 1} links, from its first
 * seller to each other one, which is enough to join them and keeps the evidence readable. Listing
 * texts are grouped through a {@link SignatureIndex}: each seller's signature is looked up among
 * the others' and linked to those at least {@link #TEXT_SIMILARITY} alike.
 *
 * <p><b>Crowded keys.</b> A key shared by more than {@link #MAX_SELLERS_PER_KEY} sellers is not
 * linked on but reported in {@link Result#crowded()}: the address of a marketplace fulfilment
 * centre, a registered-agent office, a reseller platform's phone line or a manufacturer's stock
 * description joins unrelated sellers, and one such key would merge half a marketplace into one
 * network.
 *
 * <p><b>Cost.</b> Four hash-map passes over the sellers and, for the texts, 42 sorts of one {@code
 * long} per seller: {@code O(n log n)} time, {@code O(n)} memory beyond the profiles (a million
 * sellers are linked in well under a minute, see {@code docs/performance.md}).
 *
 * <p><b>Networks.</b> Union-find over the links, with path compression and union by rank, in
 * near-constant time per link. Output is deterministic: links sorted by their sellers and kind,
 * networks by their smallest member, members ascending.
 */
public final class SellerNetworks {
  /** Above this many sellers a shared key is reported as crowded and not linked on. */
  public static final int MAX_SELLERS_PER_KEY = 50;

  /** The signature similarity at which two sellers' listing texts count as one text. */
  public static final double TEXT_SIMILARITY = 0.8;

  private static final Comparator<SellerLink> LINK_ORDER =
      Comparator.comparingInt(SellerLink::a)
          .thenComparingInt(SellerLink::b)
          .thenComparing(SellerLink::kind);

  private SellerNetworks() {}

  /**
   * A key shared by too many sellers to mean anything.
   *
   * @param key the normalised value shared
   * @param sellers how many sellers share it
   */
  public record CrowdedKey(LinkKind kind, String key, int sellers) {

    /** A sentence for the seller pages. */
    public String explanation() {
      return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + " \""
          + key
          + "\" is shared by "
          + sellers
          + " sellers, more than "
          + MAX_SELLERS_PER_KEY
          + ", as a marketplace's own address or a stock text is; it links none of them";
    }
  }

  /** The links found and the networks they form. */
  public static final class Result {
    private final List<Network> networks;
    private final List<SellerLink> links;
    private final List<CrowdedKey> crowded;
    private final int[] networkOf;

    private Result(
        List<Network> networks, List<SellerLink> links, List<CrowdedKey> crowded, int[] networkOf) {
      this.networks = networks;
      this.links = links;
      this.crowded = crowded;
      this.networkOf = networkOf;
    }

    /** Groups of two or more linked sellers, ordered by their smallest member. */
    public List<Network> networks() {
      return networks;
    }

    /** Every link, ordered by {@code a}, {@code b}, kind. */
    public List<SellerLink> links() {
      return links;
    }

    /** Keys shared by more than {@link #MAX_SELLERS_PER_KEY} sellers, which link nobody. */
    public List<CrowdedKey> crowded() {
      return crowded;
    }

    /** The {@link Network#id()} of the seller's network, or -1 when it is linked to nobody. */
    public int networkOf(int seller) {
      return networkOf[seller];
    }
  }

  /** Links the sellers and groups them into networks; indexes refer to positions in the list. */
  public static Result build(List<SellerProfile> sellers) {
    int n = sellers.size();
    List<SellerLink> links = new ArrayList<>();
    List<CrowdedKey> crowded = new ArrayList<>();
    String[] keys = new String[n];
    var contact = new ContactKeys();

    fill(keys, sellers, p -> contact.address(p.address()));
    linkByKey(
        keys,
        LinkKind.ADDRESS,
        (a, b) -> "same address " + quoted(sellers.get(a).address()),
        links,
        crowded);
    fill(keys, sellers, p -> contact.phone(p.phone()));
    linkByKey(
        keys,
        LinkKind.PHONE,
        (a, b) ->
            sameOrAlike("phone", sellers.get(a).phone(), sellers.get(b).phone(), "one number"),
        links,
        crowded);
    fill(keys, sellers, p -> contact.email(p.email()));
    linkByKey(
        keys,
        LinkKind.EMAIL,
        (a, b) ->
            sameOrAlike("email", sellers.get(a).email(), sellers.get(b).email(), "one mailbox"),
        links,
        crowded);
    fill(keys, sellers, p -> contact.nameStem(p.name()));
    linkByKey(
        keys,
        LinkKind.NAME_PATTERN,
        (a, b) -> "storefront names share '" + keys[a] + "'",
        links,
        crowded);
    linkByText(sellers, links, crowded);

    links.sort(LINK_ORDER);
    return group(n, List.copyOf(links), List.copyOf(crowded));
  }

  private interface Evidence {
    String of(int a, int b);
  }

  private static void fill(
      String[] keys, List<SellerProfile> sellers, Function<SellerProfile, String> key) {
    for (int i = 0; i < keys.length; i++) {
      keys[i] = key.apply(sellers.get(i));
    }
  }

  /** Groups the sellers by key in a hash map and links each group's first seller to the others. */
  private static void linkByKey(
      String[] keys,
      LinkKind kind,
      Evidence evidence,
      List<SellerLink> links,
      List<CrowdedKey> crowded) {
    int n = keys.length;
    Map<String, Integer> groups = new HashMap<>();
    int[] groupOf = new int[n];
    List<Integer> firsts = new ArrayList<>();
    int[] counts = new int[16];
    for (int i = 0; i < n; i++) {
      if (keys[i] == null) {
        groupOf[i] = -1;
        continue;
      }
      Integer group = groups.putIfAbsent(keys[i], groups.size());
      int g = group == null ? groups.size() - 1 : group;
      if (group == null) {
        firsts.add(i);
        if (g == counts.length) {
          counts = Arrays.copyOf(counts, g * 2);
        }
      }
      groupOf[i] = g;
      counts[g]++;
    }
    for (int g = 0; g < firsts.size(); g++) {
      if (counts[g] > MAX_SELLERS_PER_KEY) {
        crowded.add(new CrowdedKey(kind, keys[firsts.get(g)], counts[g]));
      }
    }
    for (int i = 0; i < n; i++) {
      int g = groupOf[i];
      if (g < 0 || counts[g] > MAX_SELLERS_PER_KEY) {
        continue;
      }
      int first = firsts.get(g);
      if (first != i) {
        links.add(new SellerLink(first, i, kind, evidence.of(first, i)));
      }
    }
  }

  /**
   * Links sellers whose listing texts are near-identical by banding their signatures as {@link
   * SignatureIndex} does, but over all sellers at once: per band, the sellers are sorted by band
   * key and each run of equal keys is one block of candidate pairs, verified on the whole
   * signature. A pair is verified only in the first band it agrees on. A run longer than {@link
   * #MAX_SELLERS_PER_KEY} is a text many sellers share (a manufacturer's stock description) and
   * pairs nobody; those of the first band are reported as crowded.
   */
  private static void linkByText(
      List<SellerProfile> sellers, List<SellerLink> links, List<CrowdedKey> crowded) {
    int[] signed = new int[sellers.size()];
    int m = 0;
    for (int i = 0; i < sellers.size(); i++) {
      Signature text = sellers.get(i).text();
      if (text != null && text.size() == MinHasher.STANDARD_HASHES) {
        signed[m++] = i;
      }
    }
    long[] keyed = new long[m];
    for (int band = 0; band < SignatureIndex.BANDS; band++) {
      for (int k = 0; k < m; k++) {
        int seller = signed[k];
        keyed[k] = ((long) SignatureIndex.bandKey(sellers.get(seller).text(), band) << 32) | seller;
      }
      Arrays.sort(keyed);
      int start = 0;
      while (start < m) {
        int end = start + 1;
        while (end < m && keyed[end] >>> 32 == keyed[start] >>> 32) {
          end++;
        }
        if (end - start > MAX_SELLERS_PER_KEY) {
          if (band == 0) {
            crowded.add(
                new CrowdedKey(
                    LinkKind.LISTING_TEXT,
                    "the listing text of seller " + sellers.get((int) keyed[start]).key(),
                    end - start));
          }
        } else {
          for (int i = start; i < end; i++) {
            for (int j = i + 1; j < end; j++) {
              linkIfAlike(sellers, (int) keyed[i], (int) keyed[j], band, links);
            }
          }
        }
        start = end;
      }
    }
  }

  private static void linkIfAlike(
      List<SellerProfile> sellers, int a, int b, int band, List<SellerLink> links) {
    Signature x = sellers.get(a).text();
    Signature y = sellers.get(b).text();
    if (!SignatureIndex.bandAgrees(x, y, band)) {
      return;
    }
    for (int earlier = 0; earlier < band; earlier++) {
      if (SignatureIndex.bandAgrees(x, y, earlier)) {
        return;
      }
    }
    double similarity = x.similarity(y);
    if (similarity >= TEXT_SIMILARITY) {
      links.add(
          new SellerLink(
              a,
              b,
              LinkKind.LISTING_TEXT,
              "listing text " + Math.round(similarity * 100) + "% alike"));
    }
  }

  private static Result group(int n, List<SellerLink> links, List<CrowdedKey> crowded) {
    var sets = new DisjointSets(n);
    for (SellerLink link : links) {
      sets.union(link.a(), link.b());
    }
    int[] networkOf = new int[n];
    Arrays.fill(networkOf, -1);
    int[] sizes = new int[n];
    for (int i = 0; i < n; i++) {
      sizes[sets.find(i)]++;
    }
    int[] idOfRoot = new int[n];
    Arrays.fill(idOfRoot, -1);
    List<List<Integer>> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int root = sets.find(i);
      if (sizes[root] < 2) {
        continue;
      }
      if (idOfRoot[root] < 0) {
        idOfRoot[root] = members.size();
        members.add(new ArrayList<>());
      }
      networkOf[i] = idOfRoot[root];
      members.get(idOfRoot[root]).add(i);
    }
    List<List<SellerLink>> linksOf = new ArrayList<>(members.size());
    for (int i = 0; i < members.size(); i++) {
      linksOf.add(new ArrayList<>());
    }
    for (SellerLink link : links) {
      linksOf.get(networkOf[link.a()]).add(link);
    }
    List<Network> networks = new ArrayList<>(members.size());
    for (int id = 0; id < members.size(); id++) {
      networks.add(new Network(id, members.get(id), linksOf.get(id)));
    }
    return new Result(List.copyOf(networks), links, crowded, networkOf);
  }

  private static String quoted(String value) {
    String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
    return "\"" + shown + "\"";
  }

  private static String sameOrAlike(String what, String a, String b, String same) {
    if (a.equalsIgnoreCase(b)) {
      return "same " + what + " " + a;
    }
    return what + "s " + a + " and " + b + " are " + same;
  }

  /** Union-find over seller indexes, with path compression and union by rank. */
  private static final class DisjointSets {
    private final int[] parent;
    private final byte[] rank;

    DisjointSets(int n) {
      parent = new int[n];
      rank = new byte[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int x) {
      int root = x;
      while (parent[root] != root) {
        root = parent[root];
      }
      while (parent[x] != root) {
        int up = parent[x];
        parent[x] = root;
        x = up;
      }
      return root;
    }

    void union(int x, int y) {
      int a = find(x);
      int b = find(y);
      if (a == b) {
        return;
      }
      if (rank[a] < rank[b]) {
        parent[a] = b;
      } else if (rank[a] > rank[b]) {
        parent[b] = a;
      } else {
        parent[b] = a;
        rank[a]++;
      }
    }
  }
}
