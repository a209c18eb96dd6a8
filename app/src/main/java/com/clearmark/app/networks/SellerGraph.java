package com.clearmark.app.networks;

import com.clearmark.app.monitoring.MarketplaceSeller;
import com.clearmark.engine.network.LinkKind;
import com.clearmark.engine.network.Network;
import com.clearmark.engine.network.SellerLink;
import com.clearmark.engine.network.SellerNetworks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One organization's marketplace sellers as linked by {@link SellerNetworks}: the engine's result,
 * with its seller indexes turned back into the sellers. A network is known by the smallest id of
 * its members, which stays the same as long as that seller is in it, so a link to it keeps working
 * while sellers join.
 */
final class SellerGraph {

  private final List<MarketplaceSeller> sellers;
  private final SellerNetworks.Result result;
  private final boolean truncated;
  private final Map<Long, Integer> indexes = new HashMap<>();

  /**
   * @param sellers the sellers linked, in the order they were given to the engine
   * @param truncated whether the organization has more sellers than were linked
   */
  SellerGraph(List<MarketplaceSeller> sellers, SellerNetworks.Result result, boolean truncated) {
    this.sellers = List.copyOf(sellers);
    this.result = result;
    this.truncated = truncated;
    for (int i = 0; i < this.sellers.size(); i++) {
      indexes.put(this.sellers.get(i).id(), i);
    }
  }

  List<MarketplaceSeller> sellers() {
    return sellers;
  }

  SellerNetworks.Result result() {
    return result;
  }

  boolean truncated() {
    return truncated;
  }

  /** A link between two sellers with the evidence for it. */
  record Link(MarketplaceSeller from, MarketplaceSeller to, LinkKind kind, String evidence) {}

  int indexOf(long sellerId) {
    return indexes.getOrDefault(sellerId, -1);
  }

  /** The id of a network: its smallest member's seller id. */
  long idOf(Network network) {
    return network.members().stream().mapToLong(i -> sellers.get(i).id()).min().orElseThrow();
  }

  Optional<Network> network(long id) {
    return result.networks().stream().filter(n -> idOf(n) == id).findFirst();
  }

  /** The network of a seller, if it is linked to anyone. */
  Optional<Network> networkOf(long sellerId) {
    int i = indexOf(sellerId);
    if (i < 0 || result.networkOf(i) < 0) {
      return Optional.empty();
    }
    int networkId = result.networkOf(i);
    return result.networks().stream().filter(n -> n.id() == networkId).findFirst();
  }

  List<MarketplaceSeller> members(Network network) {
    return network.members().stream()
        .map(sellers::get)
        .sorted(java.util.Comparator.comparingLong(MarketplaceSeller::id))
        .toList();
  }

  List<Link> links(Network network) {
    return network.links().stream().map(this::link).toList();
  }

  /** The links that touch one seller. */
  List<Link> linksOf(long sellerId) {
    int i = indexOf(sellerId);
    return result.links().stream().filter(l -> l.a() == i || l.b() == i).map(this::link).toList();
  }

  private Link link(SellerLink l) {
    return new Link(sellers.get(l.a()), sellers.get(l.b()), l.kind(), l.evidence());
  }
}
