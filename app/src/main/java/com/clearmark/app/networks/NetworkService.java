package com.clearmark.app.networks;

import com.clearmark.app.enforcement.Cases;
import com.clearmark.app.enforcement.EnforcementCase;
import com.clearmark.app.enforcement.TestBuyOutcome;
import com.clearmark.app.enforcement.TestBuys;
import com.clearmark.app.monitoring.Capture;
import com.clearmark.app.monitoring.Captures;
import com.clearmark.app.monitoring.MarketplaceSeller;
import com.clearmark.app.monitoring.MarketplaceSellers;
import com.clearmark.app.monitoring.MonitoredListing;
import com.clearmark.app.networks.SellerGraph.Link;
import com.clearmark.app.networks.SellerRiskPolicy.RiskScore;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.engine.fingerprint.MinHasher;
import com.clearmark.engine.network.LinkKind;
import com.clearmark.engine.network.Network;
import com.clearmark.engine.network.SellerNetworks;
import com.clearmark.engine.network.SellerProfile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * The seller pages' facts: each seller's cases, takedowns, relistings and risk, and the networks an
 * organization's sellers form.
 *
 * <p>Networks are built by the engine's {@link SellerNetworks} over the organization's first {@link
 * #MAX_SELLERS} marketplace sellers most recently seen, each described by its contact fields and
 * the signature of its listings' latest captured text. The result is kept per organization and
 * built again when the sellers read back differ from those it was built from: a new capture moves a
 * seller's last seen time, an erasure sets its erased time, a new seller is a new row, so any of
 * them rebuilds it on the next page view. The bound keeps one page view to a few seconds at most; a
 * brand that monitors more sellers sees a note that only the first ones are linked.
 */
@Service
class NetworkService {

  /** Sellers linked per organization. */
  static final int MAX_SELLERS = 5000;

  /** Latest captures whose text makes up a seller's listing text. */
  static final int TEXTS_PER_SELLER = 10;

  /** Cases whose test buys are read for a risk score. */
  static final int CASES_READ = 200;

  private static final int CHUNK = 500;

  private final MarketplaceSellers marketplaceSellers;
  private final Captures captures;
  private final Cases cases;
  private final TestBuys testBuys;
  private final MinHasher hasher = MinHasher.standard();
  private final Map<Long, SellerGraph> graphs = new ConcurrentHashMap<>();

  NetworkService(
      MarketplaceSellers marketplaceSellers, Captures captures, Cases cases, TestBuys testBuys) {
    this.marketplaceSellers = marketplaceSellers;
    this.captures = captures;
    this.cases = cases;
    this.testBuys = testBuys;
  }

  /** A network as the table lists it; its id is its smallest member's seller id. */
  record NetworkSummary(
      long id,
      List<MarketplaceSeller> members,
      Set<LinkKind> kinds,
      int links,
      int cases,
      int takedowns,
      RiskScore risk) {}

  /** A member of a network with its own score. */
  record Member(MarketplaceSeller seller, int cases, RiskScore risk) {}

  record NetworkDetail(
      NetworkSummary summary, List<Member> members, List<Link> links, NetworkDrawing drawing) {}

  /** Everything the seller page shows. */
  record SellerDetail(
      MarketplaceSeller seller,
      List<EnforcementCase> cases,
      List<EnforcementCase> takedowns,
      List<EnforcementCase> relistings,
      List<MonitoredListing> listings,
      RiskScore risk,
      Long networkId,
      int networkSize,
      List<Link> links) {}

  /** Sellers listed as the riskiest on the networks page. */
  static final int RISKIEST_SHOWN = 50;

  /** A seller with cases, as the riskiest sellers table lists it. */
  record RiskySeller(MarketplaceSeller seller, int cases, RiskScore risk, Long networkId) {}

  /**
   * The organization's riskiest sellers, whether or not they are in a network: of the sellers with
   * the most cases (at most twice {@link #RISKIEST_SHOWN} of them are scored), the highest scores
   * first.
   */
  List<RiskySeller> riskiest(OrganizationId org) {
    SellerGraph graph = graph(org);
    Map<Long, List<EnforcementCase>> bySeller =
        casesBySeller(org, graph.sellers().stream().map(MarketplaceSeller::id).toList());
    List<RiskySeller> out = new ArrayList<>();
    graph.sellers().stream()
        .filter(s -> bySeller.containsKey(s.id()))
        .sorted(
            Comparator.comparingInt((MarketplaceSeller s) -> bySeller.get(s.id()).size())
                .reversed())
        .limit(2L * RISKIEST_SHOWN)
        .forEach(
            s -> {
              List<EnforcementCase> own = bySeller.get(s.id());
              var network = graph.networkOf(s.id());
              out.add(
                  new RiskySeller(
                      s,
                      own.size(),
                      risk(org, own, network.map(Network::size).orElse(1)),
                      network.map(graph::idOf).orElse(null)));
            });
    out.sort(
        Comparator.comparingInt((RiskySeller r) -> r.risk().score())
            .reversed()
            .thenComparingLong(r -> r.seller().id()));
    return out.subList(0, Math.min(out.size(), RISKIEST_SHOWN));
  }

  /** The networks of the organization, riskiest first. */
  List<NetworkSummary> networks(OrganizationId org) {
    SellerGraph graph = graph(org);
    List<Network> networks = graph.result().networks();
    Set<Long> all = new HashSet<>();
    networks.forEach(n -> graph.members(n).forEach(s -> all.add(s.id())));
    Map<Long, List<EnforcementCase>> bySeller = casesBySeller(org, all);
    List<NetworkSummary> out = new ArrayList<>();
    for (Network n : networks) {
      out.add(summary(org, graph, n, bySeller));
    }
    out.sort(
        Comparator.comparingInt((NetworkSummary s) -> s.risk().score())
            .reversed()
            .thenComparingLong(NetworkSummary::id));
    return out;
  }

  NetworkDetail network(OrganizationId org, long id) {
    SellerGraph graph = graph(org);
    Network network = graph.network(id).orElseThrow(() -> new NotFoundException("network", id));
    List<MarketplaceSeller> members = graph.members(network);
    Map<Long, List<EnforcementCase>> bySeller =
        casesBySeller(org, members.stream().map(MarketplaceSeller::id).toList());
    List<Member> rows = new ArrayList<>();
    for (MarketplaceSeller s : members) {
      List<EnforcementCase> own = bySeller.getOrDefault(s.id(), List.of());
      rows.add(new Member(s, own.size(), risk(org, own, members.size())));
    }
    List<Link> links = graph.links(network);
    return new NetworkDetail(
        summary(org, graph, network, bySeller), rows, links, NetworkDrawing.circle(rows, links));
  }

  SellerDetail seller(OrganizationId org, long id) {
    MarketplaceSeller seller =
        marketplaceSellers.find(org, id).orElseThrow(() -> new NotFoundException("seller", id));
    SellerGraph graph = graph(org);
    List<EnforcementCase> own = cases.ofSeller(org, id);
    Set<Long> removed = removed(org, own);
    var network = graph.networkOf(id);
    int size = network.map(Network::size).orElse(1);
    return new SellerDetail(
        seller,
        own,
        own.stream().filter(c -> SellerRiskPolicy.takenDown(c, removed)).toList(),
        own.stream().filter(c -> c.relistingOf() != null).toList(),
        captures.listingsOfSeller(org, id),
        risk(org, own, size),
        network.map(graph::idOf).orElse(null),
        size,
        graph.linksOf(id));
  }

  /** Whether the organization has more sellers than the networks were built over. */
  boolean truncated(OrganizationId org) {
    return graph(org).truncated();
  }

  private NetworkSummary summary(
      OrganizationId org, SellerGraph graph, Network n, Map<Long, List<EnforcementCase>> bySeller) {
    List<MarketplaceSeller> members = graph.members(n);
    List<EnforcementCase> all = new ArrayList<>();
    members.forEach(s -> all.addAll(bySeller.getOrDefault(s.id(), List.of())));
    Set<Long> removed = removed(org, all);
    Set<LinkKind> kinds = EnumSet.noneOf(LinkKind.class);
    n.links().forEach(l -> kinds.add(l.kind()));
    return new NetworkSummary(
        graph.idOf(n),
        members,
        kinds,
        n.links().size(),
        all.size(),
        (int) all.stream().filter(c -> SellerRiskPolicy.takenDown(c, removed)).count(),
        risk(org, all, members.size()));
  }

  private RiskScore risk(OrganizationId org, List<EnforcementCase> of, int networkSize) {
    return SellerRiskPolicy.score(of, removed(org, of), counterfeitBuys(org, of), networkSize);
  }

  private Set<Long> removed(OrganizationId org, List<EnforcementCase> of) {
    List<Long> ids = of.stream().map(EnforcementCase::id).toList();
    Set<Long> out = new HashSet<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      out.addAll(cases.everRemoved(org, ids.subList(from, Math.min(ids.size(), from + CHUNK))));
    }
    return out;
  }

  private Map<Long, List<EnforcementCase>> casesBySeller(
      OrganizationId org, Collection<Long> sellerIds) {
    Map<Long, List<EnforcementCase>> out = new HashMap<>();
    List<Long> ids = List.copyOf(sellerIds);
    for (int from = 0; from < ids.size(); from += CHUNK) {
      for (EnforcementCase c :
          cases.ofSellers(org, ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
        out.computeIfAbsent(c.sellerRef(), k -> new ArrayList<>()).add(c);
      }
    }
    return out;
  }

  private int counterfeitBuys(OrganizationId org, List<EnforcementCase> of) {
    List<Long> ids =
        of.subList(0, Math.min(of.size(), CASES_READ)).stream().map(EnforcementCase::id).toList();
    return testBuys.countWithOutcome(org, ids, TestBuyOutcome.COUNTERFEIT);
  }

  /** The organization's seller graph, built again when its sellers changed since the last one. */
  SellerGraph graph(OrganizationId org) {
    List<MarketplaceSeller> sellers = marketplaceSellers.all(org, MAX_SELLERS + 1);
    boolean truncated = sellers.size() > MAX_SELLERS;
    List<MarketplaceSeller> linked = truncated ? sellers.subList(0, MAX_SELLERS) : sellers;
    SellerGraph cached = graphs.get(org.value());
    if (cached != null && cached.sellers().equals(linked)) {
      return cached;
    }
    SellerGraph built = build(org, linked, truncated);
    graphs.put(org.value(), built);
    return built;
  }

  private SellerGraph build(
      OrganizationId org, List<MarketplaceSeller> sellers, boolean truncated) {
    Map<Long, List<Capture>> texts = new HashMap<>();
    List<Long> ids = sellers.stream().map(MarketplaceSeller::id).toList();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      for (Capture c :
          captures.latestOfSellers(org, ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
        if (c.sellerRef() != null) {
          texts.computeIfAbsent(c.sellerRef(), k -> new ArrayList<>()).add(c);
        }
      }
    }
    List<SellerProfile> profiles = new ArrayList<>(sellers.size());
    for (MarketplaceSeller s : sellers) {
      List<Capture> latest = texts.getOrDefault(s.id(), List.of());
      var signature =
          latest.isEmpty()
              ? null
              : hasher.sign(
                  String.join(
                      "\n",
                      latest.stream()
                          .sorted(Comparator.comparingLong(Capture::id).reversed())
                          .limit(TEXTS_PER_SELLER)
                          .map(Capture::text)
                          .toList()));
      // Erased contact data links nobody, even if a copy of it were still in the row.
      boolean erased = s.contactErasedAt() != null;
      profiles.add(
          new SellerProfile(
              Long.toString(s.id()),
              s.name(),
              erased ? "" : s.address(),
              erased ? "" : s.phone(),
              erased ? "" : s.email(),
              signature));
    }
    return new SellerGraph(sellers, SellerNetworks.build(profiles), truncated);
  }
}
