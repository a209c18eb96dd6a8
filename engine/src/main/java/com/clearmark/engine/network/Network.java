package com.clearmark.engine.network;

import java.util.List;

/**
 * Sellers joined, directly or through one another, by links.
 *
 * @param id the network's position in {@link SellerNetworks.Result#networks()}
 * @param members the indexes of its sellers, ascending; at least two
 * @param links the links between its members, in the order of {@link SellerNetworks.Result#links()}
 */
public record Network(int id, List<Integer> members, List<SellerLink> links) {

  public Network {
    members = List.copyOf(members);
    links = List.copyOf(links);
    if (members.size() < 2) {
      throw new IllegalArgumentException("a network has at least two sellers");
    }
  }

  public int size() {
    return members.size();
  }
}
