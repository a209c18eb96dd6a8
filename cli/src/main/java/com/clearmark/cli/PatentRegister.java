package com.clearmark.cli;

import com.clearmark.engine.io.PatentSources;
import com.clearmark.engine.patent.Patent;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A patent register read from the sources a user names (grant XML, PatentsView folders, CSV, saved
 * registers, in any mix), one patent per number: a patent named by a later source replaces the one
 * read before, so a newer weekly file corrects an older one.
 */
final class PatentRegister {

  private PatentRegister() {}

  static List<Patent> load(List<Path> sources, boolean strict, PrintWriter err) {
    if (sources.isEmpty()) {
      throw new Clearmark.UserMistake("name at least one patent source");
    }
    Map<String, Patent> byNumber = new LinkedHashMap<>();
    long replaced = 0;
    for (Path source : sources) {
      var read = new ArrayList<Patent>();
      PatentSources.read(source, strict, p -> RegistryOptions.warn(err, p), read::add);
      for (Patent p : read) {
        if (byNumber.put(p.number(), p) != null) {
          replaced++;
        }
      }
      if (sources.size() > 1) {
        err.println("Read " + Plural.of(read.size(), "patent") + " from " + source);
      }
    }
    if (replaced > 0) {
      err.println(
          Plural.of(replaced, "patent")
              + " named again by a later source: the later record is kept");
    }
    return List.copyOf(byNumber.values());
  }
}
