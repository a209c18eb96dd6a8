package com.clearmark.app.networks;

import com.clearmark.app.enforcement.EnforcementCase;
import com.clearmark.app.monitoring.MarketplaceSeller;
import com.clearmark.app.networks.SellerGraph.Link;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.web.ApiController;
import com.clearmark.engine.network.LinkKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@ApiController
@Tag(
    name = "Sellers and networks",
    description =
        "Marketplace sellers with their cases and risk, and the networks linked sellers form")
class NetworksApi {

  private final NetworkService service;

  NetworksApi(NetworkService service) {
    this.service = service;
  }

  /** A seller; contact is null once erased, with the time it was. */
  record SellerView(
      long id,
      String marketplace,
      String sellerId,
      String name,
      Contact contact,
      Instant contactErasedAt,
      int riskScore,
      List<String> riskReasons,
      Long networkId,
      List<EnforcementCase> cases,
      List<Long> takedowns,
      List<Long> relistings,
      List<LinkView> links) {}

  record Contact(String address, String phone, String email) {}

  record Member(long id, String marketplace, String sellerId, String name) {
    static Member of(MarketplaceSeller s) {
      return new Member(s.id(), s.marketplace(), s.sellerId(), s.name());
    }
  }

  /** A link between two sellers and the evidence for it. */
  record LinkView(long from, long to, LinkKind kind, String evidence) {
    static LinkView of(Link l) {
      return new LinkView(l.from().id(), l.to().id(), l.kind(), l.evidence());
    }
  }

  record NetworkView(
      long id,
      List<Member> members,
      Set<LinkKind> linkKinds,
      int cases,
      int takedowns,
      int riskScore,
      List<String> riskReasons,
      List<LinkView> links) {}

  record NetworkList(List<NetworkView> networks, boolean truncated, int maxSellers) {}

  @GetMapping("/api/v1/sellers/{id}")
  @Operation(
      summary = "A marketplace seller with its cases, risk score and links",
      description =
          "Every case raised on the seller's listings, which were taken down and which were"
              + " relistings, the risk score (0 to 100) with its reasons, the network it belongs"
              + " to and each link with its evidence. Contact data is personal data and is null"
              + " once erased.")
  SellerView seller(Caller caller, @PathVariable long id) {
    var d = service.seller(OrganizationId.of(caller.organizationId()), id);
    MarketplaceSeller s = d.seller();
    boolean erased = s.contactErasedAt() != null;
    return new SellerView(
        s.id(),
        s.marketplace(),
        s.sellerId(),
        s.name(),
        erased ? null : new Contact(s.address(), s.phone(), s.email()),
        s.contactErasedAt(),
        d.risk().score(),
        d.risk().reasons(),
        d.networkId(),
        d.cases(),
        d.takedowns().stream().map(EnforcementCase::id).toList(),
        d.relistings().stream().map(EnforcementCase::id).toList(),
        d.links().stream().map(LinkView::of).toList());
  }

  @GetMapping("/api/v1/networks")
  @Operation(
      summary = "The networks of linked sellers, riskiest first",
      description =
          "Sellers sharing an address, phone, email, storefront name pattern or near-identical"
              + " listing text are linked; linked sellers form a network, known by its smallest"
              + " seller id. Built over the organization's first "
              + NetworkService.MAX_SELLERS
              + " sellers; truncated says when there are more.")
  NetworkList networks(Caller caller) {
    var org = OrganizationId.of(caller.organizationId());
    return new NetworkList(
        service.networks(org).stream().map(n -> view(n, List.of())).toList(),
        service.truncated(org),
        NetworkService.MAX_SELLERS);
  }

  @GetMapping("/api/v1/networks/{id}")
  @Operation(summary = "A network with its members and every link's evidence")
  NetworkView network(Caller caller, @PathVariable long id) {
    var d = service.network(OrganizationId.of(caller.organizationId()), id);
    return view(d.summary(), d.links().stream().map(LinkView::of).toList());
  }

  private static NetworkView view(NetworkService.NetworkSummary n, List<LinkView> links) {
    return new NetworkView(
        n.id(),
        n.members().stream().map(Member::of).toList(),
        n.kinds(),
        n.cases(),
        n.takedowns(),
        n.risk().score(),
        n.risk().reasons(),
        links);
  }
}
