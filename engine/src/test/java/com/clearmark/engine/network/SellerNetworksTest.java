package com.clearmark.engine.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.clearmark.engine.fingerprint.MinHasher;
import com.clearmark.engine.fingerprint.Signature;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SellerNetworksTest {

  private static final String REPLICA =
      "Altura Summit Replica Waterproof Hiking Jacket. Same look as the original. Waterproof"
          + " coating. Fast shipping. Replica of the Altura Summit jacket at a fraction of the price.";

  private static Signature text(String text) {
    return MinHasher.standard().sign(text);
  }

  /** The brand's own store, two genuine resellers and a ring of storefronts run as one. */
  private static List<SellerProfile> marketplace() {
    return List.of(
        new SellerProfile(
            "A1ALTURAOFFICIAL",
            "Altura Outdoor",
            "400 Alder Street, Portland, OR 97204",
            "+1 503 555 0100",
            "marketplace@altura-outdoor.example",
            text("Altura Summit Waterproof Hiking Jacket, three-layer shell with taped seams")),
        new SellerProfile(
            "A1TRAILHEADOUT",
            "Trailhead Outfitters",
            "12 Canyon Road, Boulder, CO 80302",
            "+1 303 555 0111",
            "orders@trailhead-outfitters.example",
            text("Altura Trailcrest 35L Hiking Backpack with a ventilated back panel")),
        new SellerProfile(
            "A3PEAKDEALS01",
            "PeakDeals Store",
            "Unit 5, 88 Harbour Road, Shenzhen",
            "+1 (415) 555-0142",
            "peakdeals.shop@gmail.com",
            text(REPLICA)),
        new SellerProfile(
            "A3PEAKDEALS07",
            "PeakDeals Outlet 7",
            "Unit 5, 88 Harbour Rd., Shenzhen",
            "415.555.0142",
            "peak.deals.shop+outlet@gmail.com",
            null),
        new SellerProfile("A3PEAKDIRECT", "peakdeals_direct", "", "", "", null),
        new SellerProfile(
            "A4SUMMITGEAR",
            "Summit Gear Hub",
            "31 Lotus Lane, Guangzhou",
            "+86 20 5555 0199",
            "",
            text(REPLICA + " Ships from Guangzhou.")),
        new SellerProfile(
            "A5NORTHPINE",
            "Northpine Gear",
            "9 Birch Street, Duluth, MN 55802",
            "+1 218 555 0177",
            "sales@northpine.example",
            text("Northpine insulated steel bottle, keeps drinks cold for a day")),
        new SellerProfile(
            "A6SHENZHEN",
            "Shenzhen Trading",
            "Shenzhen, China",
            "",
            "info@sztrading.example",
            null));
  }

  @Test
  void ringOfStorefrontsIsOneNetworkLinkedByPhoneMailboxNameAndText() {
    SellerNetworks.Result result = SellerNetworks.build(marketplace());

    assertThat(result.networks()).hasSize(1);
    Network ring = result.networks().get(0);
    assertThat(ring.members()).containsExactly(2, 3, 4, 5);
    assertThat(ring.links())
        .extracting(SellerLink::a, SellerLink::b, SellerLink::kind)
        .containsExactly(
            tuple(2, 3, LinkKind.ADDRESS),
            tuple(2, 3, LinkKind.PHONE),
            tuple(2, 3, LinkKind.EMAIL),
            tuple(2, 3, LinkKind.NAME_PATTERN),
            tuple(2, 4, LinkKind.NAME_PATTERN),
            tuple(2, 5, LinkKind.LISTING_TEXT));
  }

  @Test
  void genuineUnrelatedSellersStayAlone() {
    SellerNetworks.Result result = SellerNetworks.build(marketplace());

    assertThat(result.networkOf(0)).isEqualTo(-1);
    assertThat(result.networkOf(1)).isEqualTo(-1);
    assertThat(result.networkOf(6)).isEqualTo(-1);
    assertThat(result.networkOf(7)).as("a bare city is not an address").isEqualTo(-1);
    assertThat(result.networkOf(3)).isEqualTo(result.networkOf(2)).isZero();
  }

  @Test
  void evidenceSaysWhatTheSellersShareInPlainWords() {
    SellerNetworks.Result result = SellerNetworks.build(marketplace());

    assertThat(result.links())
        .extracting(SellerLink::evidence)
        .contains(
            "same address \"Unit 5, 88 Harbour Road, Shenzhen\"",
            "phones +1 (415) 555-0142 and 415.555.0142 are one number",
            "emails peakdeals.shop@gmail.com and peak.deals.shop+outlet@gmail.com are one mailbox",
            "storefront names share 'peakdeals'");
    assertThat(result.links())
        .filteredOn(link -> link.kind() == LinkKind.LISTING_TEXT)
        .singleElement()
        .satisfies(link -> assertThat(link.evidence()).matches("listing text \\d\\d% alike"));
  }

  @Test
  void addressSharedByManySellersIsReportedButLinksNobody() {
    List<SellerProfile> sellers = new ArrayList<>();
    for (int i = 0; i < SellerNetworks.MAX_SELLERS_PER_KEY + 1; i++) {
      sellers.add(
          new SellerProfile(
              "S" + i, "", "1 Fulfilment Way, Hemel Hempstead HP2 7LF", "", "", null));
    }

    SellerNetworks.Result result = SellerNetworks.build(sellers);

    assertThat(result.links()).isEmpty();
    assertThat(result.networks()).isEmpty();
    assertThat(result.crowded())
        .singleElement()
        .satisfies(
            crowded -> {
              assertThat(crowded.kind()).isEqualTo(LinkKind.ADDRESS);
              assertThat(crowded.sellers()).isEqualTo(51);
              assertThat(crowded.explanation()).contains("shared by 51 sellers");
            });
  }

  @Test
  void stockDescriptionCopiedByManySellersLinksNone() {
    Signature stock = text("Genuine replacement filter cartridge, fits all models, pack of three");
    List<SellerProfile> sellers = new ArrayList<>();
    for (int i = 0; i < SellerNetworks.MAX_SELLERS_PER_KEY + 5; i++) {
      sellers.add(new SellerProfile("S" + i, "", "", "", "", stock));
    }

    SellerNetworks.Result result = SellerNetworks.build(sellers);

    assertThat(result.links()).isEmpty();
    assertThat(result.crowded())
        .singleElement()
        .satisfies(
            crowded -> {
              assertThat(crowded.kind()).isEqualTo(LinkKind.LISTING_TEXT);
              assertThat(crowded.sellers()).isEqualTo(55);
            });
  }

  @Test
  void outputIsTheSameWhateverTheRun() {
    assertThat(SellerNetworks.build(marketplace()).links())
        .isEqualTo(SellerNetworks.build(marketplace()).links());
  }

  @Test
  void sellersJoinedOnlyThroughOthersAreOneNetwork() {
    List<SellerProfile> chain =
        List.of(
            new SellerProfile("a", "", "", "+44 113 555 0155", "", null),
            new SellerProfile("b", "", "", "0113 555 0155", "ops@fitright.example", null),
            new SellerProfile("c", "", "", "", "OPS@fitright.example", null),
            new SellerProfile("d", "Bergwelt Handel", "", "", "", null));

    SellerNetworks.Result result = SellerNetworks.build(chain);

    assertThat(result.networks())
        .singleElement()
        .extracting(Network::members)
        .isEqualTo(List.of(0, 1, 2));
    assertThat(result.networkOf(3)).isEqualTo(-1);
  }

  @Test
  void noSellersGiveNoNetworks() {
    SellerNetworks.Result result = SellerNetworks.build(List.of());

    assertThat(result.networks()).isEmpty();
    assertThat(result.links()).isEmpty();
  }
}
