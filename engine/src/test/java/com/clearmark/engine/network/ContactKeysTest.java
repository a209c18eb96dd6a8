package com.clearmark.engine.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactKeysTest {

  private final ContactKeys keys = new ContactKeys();

  @Test
  void addressesAgreeAcrossAbbreviationsCaseAndPunctuation() {
    assertThat(keys.address("Unit 5, 88 Harbour Rd., Shenzhen"))
        .isEqualTo(keys.address("unit 5 88 HARBOUR ROAD  Shenzhen"))
        .isEqualTo("unit 5 88 harbour rd shenzhen");
    assertThat(keys.address("400 Alder Street, Portland"))
        .isEqualTo(keys.address("400 Alder St Portland"));
  }

  @Test
  void addressWithoutNumberOrWithFewWordsLinksNobody() {
    assertThat(keys.address("Shenzhen, China")).isNull();
    assertThat(keys.address("Harbour Road, Shenzhen, China")).isNull();
    assertThat(keys.address("88 Shenzhen")).isNull();
    assertThat(keys.address("")).isNull();
  }

  @Test
  void phonesCompareOnTheirLastTenDigits() {
    assertThat(keys.phone("+1 (415) 555-0142"))
        .isEqualTo(keys.phone("415.555.0142"))
        .isEqualTo(keys.phone("4155550142"))
        .isEqualTo(keys.phone("+1-415-555-0142"))
        .isEqualTo("4155550142");
    assertThat(keys.phone("555 01")).isNull();
  }

  @Test
  void gmailDotsTagsAndGooglemailReachOneMailbox() {
    assertThat(keys.email("Peak.Deals.Shop+outlet@gmail.com"))
        .isEqualTo(keys.email("peakdeals.shop@googlemail.com"))
        .isEqualTo("peakdealsshop@gmail.com");
  }

  @Test
  void otherDomainsLoseOnlyTheirTag() {
    assertThat(keys.email("Sales+eu@northpine.example")).isEqualTo("sales@northpine.example");
    assertThat(keys.email("s.ales@northpine.example")).isEqualTo("s.ales@northpine.example");
    assertThat(keys.email("not an address")).isNull();
    assertThat(keys.email("a@b@c")).isNull();
  }

  @Test
  void storefrontNamesLoseTrailingNumbersAndShopWords() {
    assertThat(keys.nameStem("PeakDeals Outlet 7")).isEqualTo("peakdeals");
    assertThat(keys.nameStem("PeakDeals Store")).isEqualTo("peakdeals");
    assertThat(keys.nameStem("peakdeals_direct")).isEqualTo("peakdeals");
    assertThat(keys.nameStem("Peak Deals Store EU")).isEqualTo("peakdeals");
    assertThat(keys.nameStem("PeakDeals01")).isEqualTo("peakdeals");
  }

  @Test
  void nameThatLeavesAShortStemLinksNobody() {
    assertThat(keys.nameStem("Toy Store")).isNull();
    assertThat(keys.nameStem("Official Store 24")).isNull();
    assertThat(keys.nameStem("")).isNull();
  }
}
