package com.clearmark.engine.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactKeysTest {

  @Test
  void addressesAgreeAcrossAbbreviationsCaseAndPunctuation() {
    assertThat(ContactKeys.address("Unit 5, 88 Harbour Rd., Shenzhen"))
        .isEqualTo(ContactKeys.address("unit 5 88 HARBOUR ROAD  Shenzhen"))
        .isEqualTo("unit 5 88 harbour rd shenzhen");
    assertThat(ContactKeys.address("400 Alder Street, Portland"))
        .isEqualTo(ContactKeys.address("400 Alder St Portland"));
  }

  @Test
  void addressWithoutNumberOrWithFewWordsLinksNobody() {
    assertThat(ContactKeys.address("Shenzhen, China")).isNull();
    assertThat(ContactKeys.address("Harbour Road, Shenzhen, China")).isNull();
    assertThat(ContactKeys.address("88 Shenzhen")).isNull();
    assertThat(ContactKeys.address("")).isNull();
  }

  @Test
  void phonesCompareOnTheirLastTenDigits() {
    assertThat(ContactKeys.phone("+1 (415) 555-0142"))
        .isEqualTo(ContactKeys.phone("415.555.0142"))
        .isEqualTo(ContactKeys.phone("4155550142"))
        .isEqualTo(ContactKeys.phone("+1-415-555-0142"))
        .isEqualTo("4155550142");
    assertThat(ContactKeys.phone("555 01")).isNull();
  }

  @Test
  void gmailDotsTagsAndGooglemailReachOneMailbox() {
    assertThat(ContactKeys.email("Peak.Deals.Shop+outlet@gmail.com"))
        .isEqualTo(ContactKeys.email("peakdeals.shop@googlemail.com"))
        .isEqualTo("peakdealsshop@gmail.com");
  }

  @Test
  void otherDomainsLoseOnlyTheirTag() {
    assertThat(ContactKeys.email("Sales+eu@northpine.example"))
        .isEqualTo("sales@northpine.example");
    assertThat(ContactKeys.email("s.ales@northpine.example")).isEqualTo("s.ales@northpine.example");
    assertThat(ContactKeys.email("not an address")).isNull();
    assertThat(ContactKeys.email("a@b@c")).isNull();
  }

  @Test
  void storefrontNamesLoseTrailingNumbersAndShopWords() {
    assertThat(ContactKeys.nameStem("PeakDeals Outlet 7")).isEqualTo("peakdeals");
    assertThat(ContactKeys.nameStem("PeakDeals Store")).isEqualTo("peakdeals");
    assertThat(ContactKeys.nameStem("peakdeals_direct")).isEqualTo("peakdeals");
    assertThat(ContactKeys.nameStem("Peak Deals Store EU")).isEqualTo("peakdeals");
    assertThat(ContactKeys.nameStem("PeakDeals01")).isEqualTo("peakdeals");
  }

  @Test
  void nameThatLeavesAShortStemLinksNobody() {
    assertThat(ContactKeys.nameStem("Toy Store")).isNull();
    assertThat(ContactKeys.nameStem("Official Store 24")).isNull();
    assertThat(ContactKeys.nameStem("")).isNull();
  }
}
