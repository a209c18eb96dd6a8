package com.clearmark.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.app.shared.ConflictException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The moves a complaint allows and refuses, on the aggregate itself. */
class ComplaintMovesTest {

  static Complaint complaintThatIs(ComplaintStatus status) {
    return new Complaint(
        7,
        "CR-1001",
        ComplaintType.TRADEMARK,
        ComplaintOrigin.RECEIVED,
        status,
        LocalDate.of(2026, 10, 2),
        "US 1234567",
        "Zorvix Inc.",
        "legal@zorvix.example",
        false,
        "Zorvix",
        List.of(new Complaint.Product("B0TEST0001", "Zorvix cable")),
        List.of(),
        List.of(),
        "",
        null);
  }

  @Test
  void anInvestigatedComplaintCanBeAppealedAndTheMoveReturnsItAppealed() {
    Complaint before = complaintThatIs(ComplaintStatus.INVESTIGATING);

    Complaint after = before.moveTo(ComplaintStatus.APPEALED);

    assertThat(after.status()).isEqualTo(ComplaintStatus.APPEALED);
    assertThat(after).usingRecursiveComparison().ignoringFields("status").isEqualTo(before);
    assertThat(before.status())
        .as("the complaint read is left as it was")
        .isEqualTo(ComplaintStatus.INVESTIGATING);
  }

  @Test
  void anAppealedComplaintCannotBeAppealedAgainAndSaysSo() {
    assertThatThrownBy(
            () -> complaintThatIs(ComplaintStatus.APPEALED).moveTo(ComplaintStatus.APPEALED))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "A complaint that is APPEALED cannot become APPEALED: it has already been appealed.");
  }

  @Test
  void anEndedComplaintStaysEnded() {
    for (ComplaintStatus next : ComplaintStatus.values()) {
      assertThatThrownBy(() -> complaintThatIs(ComplaintStatus.RESOLVED).moveTo(next))
          .isInstanceOf(ConflictException.class)
          .hasMessage("A complaint that is RESOLVED cannot become " + next + ".");
    }
  }

  @Test
  void aComplaintCannotGoBackToAnEarlierStatus() {
    assertThatThrownBy(
            () -> complaintThatIs(ComplaintStatus.ACTION_TAKEN).moveTo(ComplaintStatus.NEW))
        .isInstanceOf(ConflictException.class)
        .hasMessage("A complaint that is ACTION_TAKEN cannot become NEW.");
  }

  @Test
  void everyAllowedMoveGoesForwardSoTheStatusIsTheComplaintsVersion() {
    // Complaints.moved writes "where status = <the status read>": sound only while no sequence of
    // moves can bring a complaint back to a status it had.
    for (ComplaintStatus from : ComplaintStatus.values()) {
      for (ComplaintStatus to : from.next()) {
        assertThat(to.ordinal()).as(from + " -> " + to).isGreaterThan(from.ordinal());
        assertThat(complaintThatIs(from).moveTo(to).status()).isEqualTo(to);
      }
    }
  }

  @Test
  void actingOnANewOrInvestigatedComplaintMeansActionWasTaken() {
    assertThat(complaintThatIs(ComplaintStatus.NEW).actedOn().status())
        .isEqualTo(ComplaintStatus.ACTION_TAKEN);
    assertThat(complaintThatIs(ComplaintStatus.INVESTIGATING).actedOn().status())
        .isEqualTo(ComplaintStatus.ACTION_TAKEN);
  }

  @Test
  void actingOnAComplaintFurtherAlongKeepsItsStatus() {
    for (var status :
        List.of(
            ComplaintStatus.ACTION_TAKEN,
            ComplaintStatus.RETRACTION_REQUESTED,
            ComplaintStatus.APPEALED,
            ComplaintStatus.RESOLVED,
            ComplaintStatus.REJECTED)) {
      assertThat(complaintThatIs(status).actedOn().status()).isEqualTo(status);
    }
  }
}
