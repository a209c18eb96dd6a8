package com.clearmark.app.imports;

import com.clearmark.app.job.Job;
import com.clearmark.app.job.JobProblem;
import com.clearmark.app.web.CsvCells;
import java.util.List;

/**
 * The report of the rows an import refused: file, line, field and reason, safe for spreadsheets.
 */
final class RejectedRows {

  private RejectedRows() {}

  static String csv(Job job, List<JobProblem> problems) {
    var sb = new StringBuilder(CsvCells.row("file", "line", "field", "reason"));
    for (JobProblem p : problems) {
      sb.append(CsvCells.row(job.fileName(), p.line(), p.field(), p.message()));
    }
    return sb.toString();
  }
}
