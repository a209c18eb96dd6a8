package com.clearmark.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.engine.patent.Claim;
import com.clearmark.engine.patent.Patent;
import com.clearmark.engine.patent.PatentType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatentsViewReaderTest {

  @TempDir Path dir;
  final List<InputProblem> problems = new ArrayList<>();

  @BeforeEach
  void tables() {
    TestFiles.write(
        dir,
        "g_patent.tsv",
        """
        patent_id\tpatent_type\tpatent_date\tpatent_title\twipo_kind\tnum_claims\twithdrawn
        11234567\tutility\t2021-06-15\tInsulated drinking bottle\tB2\t2\t0
        D912345\tdesign\t2021-06-15\tDog leash handle\tS1\t1\t0
        11234999\tutility\t2021-06-15\tWithdrawn lid\tB1\t1\t1
        11235000\tutility\t15/06/2021\tBadly dated\tB1\t1\t0
        """);
    TestFiles.write(
        dir,
        "g_application.tsv",
        """
        application_id\tpatent_id\tpatent_application_type\tfiling_date\tseries_code
        16/289001\t11234567\t16\t2019-03-01\t16
        29/700100\tD912345\t29\t2019-08-20\t29
        """);
    TestFiles.write(
        dir,
        "g_us_term_of_grant.tsv",
        """
        patent_id\tdisclaimer_date\tterm_disclaimer\tterm_grant\tterm_extension
        11234567\t\t\t\t412
        """);
    TestFiles.write(
        dir,
        "g_cpc_current.tsv",
        """
        patent_id\tcpc_sequence\tcpc_section\tcpc_class\tcpc_subclass\tcpc_group\tcpc_type
        11234567\t1\tB\tB65\tB65D\tB65D41/04\tadditional
        11234567\t0\tA\tA47\tA47G\tA47G19/2266\tinventional
        """);
    TestFiles.write(
        dir,
        "g_assignee_disambiguated.tsv",
        """
        patent_id\tassignee_sequence\tassignee_id\tdisambig_assignee_individual_name_first\tdisambig_assignee_individual_name_last\tdisambig_assignee_organization
        11234567\t0\ta1\t\t\tNorthwind Drinkware LLC
        D912345\t0\ta2\tRobin\tMarsh\t
        """);
    TestFiles.write(
        dir,
        "g_claims_2021.tsv",
        """
        patent_id\tclaim_sequence\tclaim_text\tdependent\tclaim_number\texemplary
        11234567\t1\t"The drinking bottle of claim 1, wherein the body is stainless steel."\tclaim 1\t2\t0
        11234567\t0\t"A drinking bottle comprising: a double-walled body; a lid threaded onto the body; and a straw extending through the lid."\t\t1\t1
        D912345\t0\tThe ornamental design for a dog leash handle, as shown and described.\t-1\t1\t1
        """);
  }

  private List<Patent> read() {
    var patents = new ArrayList<Patent>();
    PatentsViewReader.read(dir, false, problems::add, patents::add);
    return patents;
  }

  @Test
  void tablesAreJoinedByPatentId() {
    List<Patent> patents = read();

    assertThat(patents).extracting(Patent::number).containsExactly("11234567", "D912345");
    Patent bottle = patents.get(0);
    assertThat(bottle.kind()).isEqualTo("B2");
    assertThat(bottle.title()).isEqualTo("Insulated drinking bottle");
    assertThat(bottle.assignee()).isEqualTo("Northwind Drinkware LLC");
    assertThat(bottle.filed()).isEqualTo(LocalDate.of(2019, 3, 1));
    assertThat(bottle.earliestUsFiling()).isEqualTo(LocalDate.of(2019, 3, 1));
    assertThat(bottle.termAdjustmentDays()).isEqualTo(412);
    assertThat(bottle.cpc()).containsExactly("A47G 19/2266", "B65D 41/04");
    Patent handle = patents.get(1);
    assertThat(handle.type()).isEqualTo(PatentType.DESIGN);
    assertThat(handle.assignee()).isEqualTo("Robin Marsh");
  }

  @Test
  void claimsAreOrderedBySequenceAndSplitIntoElements() {
    List<Claim> claims = read().get(0).claims();

    assertThat(claims).extracting(Claim::number).containsExactly(1, 2);
    assertThat(claims.get(0).elements()).hasSize(3);
    assertThat(claims.get(1).dependsOn()).isEqualTo(1);
  }

  @Test
  void withdrawnPatentsAreLeftOutAndBadRowsNamedByFileLineAndColumn() {
    read();

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).toString())
        .endsWith("g_patent.tsv:5: patent_date: \"15/06/2021\" is not a date such as 2021-06-15");
  }

  @Test
  void aStrictReadStopsAtTheFirstBadRow() {
    assertThatThrownBy(() -> PatentsViewReader.read(dir, true, problems::add, p -> {}))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("g_patent.tsv:5");
  }

  @Test
  void tableWithoutItsKeyColumnIsRefused() {
    TestFiles.write(dir, "g_cpc_current.tsv", "id\tcpc_group\n11234567\tA47G19/2266\n");

    assertThatThrownBy(this::read)
        .isInstanceOf(InputException.class)
        .hasMessageContaining("g_cpc_current.tsv:1: patent_id:");
  }
}
