package com.clearmark.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.app.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ComplaintCsvTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  static final String TWO_COMPLAINTS =
      """
      Complaint ID,Type,Notice date,ASINs,Titles,Rights owner,Rights owner email,Registration,Account health below 100
      9876543210,Trademark,2026-10-02,B0CHARGER1,"Zorvix 65W Charger, 3-Port",Voltra Power Inc.,legal@voltra.example,6123456,no
      5550001112,Counterfeit (no test buy),11/20/2026,B0BOTTLE01|B0BOTTLE02,Steel bottle 1L|Steel bottle 750ml,,,,yes
      """;

  @Test
  void readsEveryColumnByItsHeaderName() {
    var rows = ComplaintCsv.read(TWO_COMPLAINTS, "complaints.csv", TODAY);

    assertThat(rows).hasSize(2);
    Complaint trademark = rows.get(0).complaint();
    assertThat(trademark.reference()).isEqualTo("9876543210");
    assertThat(trademark.type()).isEqualTo(ComplaintType.TRADEMARK);
    assertThat(trademark.noticeDate()).isEqualTo(LocalDate.of(2026, 10, 2));
    assertThat(trademark.products())
        .containsExactly(new Complaint.Product("B0CHARGER1", "Zorvix 65W Charger, 3-Port"));
    assertThat(trademark.rightsOwner()).isEqualTo("Voltra Power Inc.");
    assertThat(trademark.rightsOwnerEmail()).isEqualTo("legal@voltra.example");
    assertThat(trademark.registration()).isEqualTo("6123456");
    assertThat(trademark.accountHealthBelow100()).isFalse();

    Complaint counterfeit = rows.get(1).complaint();
    assertThat(rows.get(1).line()).isEqualTo(3);
    assertThat(counterfeit.type()).isEqualTo(ComplaintType.COUNTERFEIT_NO_TEST_BUY);
    assertThat(counterfeit.noticeDate()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(counterfeit.products())
        .extracting(Complaint.Product::asin)
        .containsExactly("B0BOTTLE01", "B0BOTTLE02");
    assertThat(counterfeit.products().get(1).title()).isEqualTo("Steel bottle 750ml");
    assertThat(counterfeit.accountHealthBelow100()).isTrue();
  }

  @Test
  void everyBadRowIsNamedByLineAndColumnAndNothingIsRead() {
    String csv =
        """
        complaint_id,type,notice_date,asins
        111,Trademark,2026-10-02,B0CHARGER1
        222,Trade secret,2026-10-02,B0CHARGER1
        333,Patent,2027-01-15,B0CHARGER1
        444,Copyright,yesterday,B0CHARGER1
        555,Copyright,2026-10-02,not-an-asin
        111,Patent,2026-10-03,B0CHARGER2
        """;

    assertThatThrownBy(() -> ComplaintCsv.read(csv, "complaints.csv", TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.getMessage()).contains("no complaint was recorded");
              assertThat(e.fields())
                  .containsKeys(
                      "complaints.csv line 3: type",
                      "complaints.csv line 4: notice_date",
                      "complaints.csv line 5: notice_date",
                      "complaints.csv line 6: asins",
                      "complaints.csv line 7: complaint_id")
                  .doesNotContainKey("complaints.csv line 2: type");
              assertThat(e.fields().get("complaints.csv line 4: notice_date"))
                  .contains("in the future");
              assertThat(e.fields().get("complaints.csv line 5: notice_date"))
                  .contains("\"yesterday\" is not a date");
              assertThat(e.fields().get("complaints.csv line 7: complaint_id"))
                  .contains("already on line 2");
              assertThat(e.fields().keySet()).first().isEqualTo("complaints.csv line 3: type");
            });
  }

  @Test
  void typesAreReadAsSellersWriteThem() {
    String csv =
        """
        complaint_id,type,notice_date,asins
        1,counterfeit without test buy,2026-10-02,B0CHARGER1
        2,Counterfeit (no test buy),2026-10-02,B0CHARGER1
        3,COPYRIGHT,2026-10-02,B0CHARGER1
        """;

    assertThat(ComplaintCsv.read(csv, "complaints.csv", TODAY))
        .extracting(r -> r.complaint().type())
        .containsExactly(
            ComplaintType.COUNTERFEIT_NO_TEST_BUY,
            ComplaintType.COUNTERFEIT_NO_TEST_BUY,
            ComplaintType.COPYRIGHT);
  }

  @Test
  void aHeaderWithoutTheRequiredColumnsIsRefusedNamingThem() {
    assertThatThrownBy(
            () -> ComplaintCsv.read("ASIN,Units Ordered\nB0CHARGER1,4\n", "report.csv", TODAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("report.csv line 1")
        .hasMessageContaining("complaint_id, type, notice_date");
  }

  @Test
  void anEmptyFileOrAHeaderAloneIsRefused() {
    assertThatThrownBy(() -> ComplaintCsv.read("", "empty.csv", TODAY))
        .hasMessageContaining("empty.csv is empty");
    assertThatThrownBy(
            () -> ComplaintCsv.read("complaint_id,type,notice_date,asins\n", "header.csv", TODAY))
        .hasMessageContaining("no complaints");
  }
}
